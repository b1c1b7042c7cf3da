package org.imstb.scscf.isc;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Objects;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.Header;
import javax.sip.message.Request;

/** {@link RequestView}s of JAIN-SIP requests. */
public final class RequestViews {
    private RequestViews() {
    }

    /**
     * A view of {@code r}. Header values are read on demand from {@link Request#getHeaders(String)} (the stack keeps
     * a comma-separated list header as one value per element); the SDP is taken from an application/sdp body or
     * the application/sdp part of a multipart body.
     *
     * @param regType the registration type when {@code r} is a REGISTER (the S-CSCF decides it from the
     *                registration state and expiry); ignored for other methods
     */
    public static RequestView of(Request r, RegistrationType regType) {
        Objects.requireNonNull(r, "request");
        return new SipView(r, Request.REGISTER.equals(r.getMethod()) ? regType : null);
    }

    private static final class SipView implements RequestView {
        private final Request request;
        private final RegistrationType registrationType;
        private String sdp;
        private boolean sdpRead;

        SipView(Request request, RegistrationType registrationType) {
            this.request = request;
            this.registrationType = registrationType;
        }

        @Override
        public String method() {
            return request.getMethod();
        }

        @Override
        public String requestUri() {
            return request.getRequestURI() == null ? null : request.getRequestURI().toString();
        }

        @Override
        public List<String> headerValues(String name) {
            List<String> values = new ArrayList<>();
            ListIterator<?> it = request.getHeaders(name);
            while (it != null && it.hasNext()) {
                if (it.next() instanceof Header h) {
                    values.add(value(h));
                }
            }
            return values;
        }

        @Override
        public synchronized String sdp() {
            if (!sdpRead) {
                sdp = readSdp(request);
                sdpRead = true;
            }
            return sdp;
        }

        @Override
        public RegistrationType registrationType() {
            return registrationType;
        }

        @Override
        public String toString() {
            return "RequestView[" + method() + " " + requestUri() + "]";
        }
    }

    /** The header's value: its text without "Name:" and the line end. */
    static String value(Header h) {
        String text = h.toString();
        int colon = text.indexOf(':');
        return (colon < 0 ? text : text.substring(colon + 1)).strip();
    }

    private static String readSdp(Request r) {
        byte[] raw = r.getRawContent();
        if (raw == null || raw.length == 0 || !(r.getHeader(ContentTypeHeader.NAME) instanceof ContentTypeHeader ct)) {
            return null;
        }
        String body = new String(raw, StandardCharsets.UTF_8);
        return SdpBodies.sdp(ct.getContentType() + "/" + ct.getContentSubType(), ct.getParameter("boundary"), body);
    }
}
