package org.imstb.ue.session;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import javax.sip.header.HeaderAddress;
import javax.sip.header.RequireHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import gov.nist.javax.sip.header.ims.PAssertedIdentityHeader;

/** What the UE's session handling reads from SIP messages: option tags, the caller, SDP bodies, header values. */
final class SessionMessages {
    static final java.util.Set<String> SUPPORTED_TAGS = java.util.Set.of(Sessions.PRECONDITION, Sessions.RELIABLE, "path",
            "timer");

    private SessionMessages() {
    }

    /** Option tags of {@code Require} we do not support (RFC 3261 §8.2.2.3: 420 Bad Extension). */
    static List<String> unsupported(Request r) {
        List<String> out = new ArrayList<>();
        ListIterator<?> it = r.getHeaders(RequireHeader.NAME);
        while (it.hasNext()) {
            String tag = ((RequireHeader) it.next()).getOptionTag();
            if (!SUPPORTED_TAGS.contains(tag)) {
                out.add(tag);
            }
        }
        return out;
    }

    static boolean requires(Request r, String tag) {
        ListIterator<?> it = r.getHeaders(RequireHeader.NAME);
        while (it.hasNext()) {
            if (tag.equals(((RequireHeader) it.next()).getOptionTag())) {
                return true;
            }
        }
        return false;
    }

    /** {@code tag} is in the request's Supported or Require. */
    static boolean supports(Request r, String tag) {
        if (requires(r, tag)) {
            return true;
        }
        ListIterator<?> it = r.getHeaders(javax.sip.header.SupportedHeader.NAME);
        while (it.hasNext()) {
            if (tag.equals(((javax.sip.header.SupportedHeader) it.next()).getOptionTag())) {
                return true;
            }
        }
        return false;
    }

    /** The request came with a P-Asserted-Identity (the network vouches for the caller). */
    static boolean asserted(Request r) {
        return r.getHeader(PAssertedIdentityHeader.NAME) != null;
    }

    static String caller(Request r) {
        HeaderAddress pai = (HeaderAddress) r.getHeader(PAssertedIdentityHeader.NAME);
        HeaderAddress from = (HeaderAddress) r.getHeader("From");
        return (pai != null ? pai : from).getAddress().getURI().toString();
    }

    static Sdp sdpOf(Response r) {
        byte[] body = r.getRawContent();
        if (body == null) {
            return null;
        }
        try {
            return Sdp.parse(new String(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static List<String> headerValues(Response r, String name) {
        List<String> out = new ArrayList<>();
        ListIterator<?> it = r.getHeaders(name);
        while (it.hasNext()) {
            out.add(((HeaderAddress) it.next()).getAddress().toString());
        }
        return out;
    }
}
