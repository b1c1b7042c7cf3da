package org.imstb.ue.as;

import java.nio.charset.StandardCharsets;

import javax.sip.ServerTransaction;
import javax.sip.address.Address;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;

/** Responses the AS sends as a user agent: a fixed To tag per dialog, our Contact, an SDP or text body. */
public final class Answers {
    private Answers() {
    }

    /**
     * A response to {@code request}: To tag {@code tag} when the request has none and the status is above 100, our
     * {@code contact} when given, reason phrase {@code reason} when given.
     */
    public static Response create(SipEndpoint sip, Request request, int status, String reason, String tag,
            Address contact) {
        try {
            Response r = sip.messages().createResponse(status, request);
            if (reason != null) {
                r.setReasonPhrase(reason);
            }
            ToHeader to = (ToHeader) r.getHeader(ToHeader.NAME);
            if (status > 100 && to.getTag() == null && tag != null) {
                to.setTag(tag);
            }
            if (contact != null) {
                r.setHeader(sip.headers().createContactHeader((Address) contact.clone()));
            }
            return r;
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Sends {@code response} on {@code st}; never throws (see {@link SipReplies#send}). */
    public static void send(SipEndpoint sip, ServerTransaction st, Response response) {
        SipReplies.send(sip, st, response);
    }

    /** {@code 405 Method Not Allowed} with the methods of {@code allow} (comma-separated) in Allow headers. */
    public static void methodNotAllowed(SipEndpoint sip, ServerTransaction st, Request request, String allow) {
        Response r = create(sip, request, Response.METHOD_NOT_ALLOWED, null, org.imstb.common.sip.Tags.next(), null);
        try {
            for (String m : allow.split(",\\s*")) {
                r.addHeader(sip.headers().createAllowHeader(m));
            }
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException(e);
        }
        send(sip, st, r);
    }

    /** Sets an {@code application/sdp} body. */
    public static void sdp(SipEndpoint sip, Message m, String sdp) {
        body(sip, m, "application", "sdp", sdp);
    }

    /** Sets a body of type {@code type/subtype}. */
    public static void body(SipEndpoint sip, Message m, String type, String subtype, String text) {
        try {
            m.setContent(text, sip.headers().createContentTypeHeader(type, subtype));
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The body as UTF-8 text, or null when there is none. */
    public static String text(Message m) {
        byte[] raw = m.getRawContent();
        return raw == null || raw.length == 0 ? null : new String(raw, StandardCharsets.UTF_8);
    }

    /** {@code type/subtype} of the body, lower case, or null. */
    public static String contentType(Message m) {
        ContentTypeHeader t = (ContentTypeHeader) m.getHeader(ContentTypeHeader.NAME);
        return t == null ? null : (t.getContentType() + "/" + t.getContentSubType()).toLowerCase(
                java.util.Locale.ROOT);
    }
}
