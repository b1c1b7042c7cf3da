package org.imstb.ue.as.b2bua;

import java.util.List;
import java.util.ListIterator;

import javax.sip.address.Address;
import javax.sip.address.URI;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.Header;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;
import javax.sip.message.Response;

import gov.nist.javax.sip.header.ims.PAssertedIdentityHeader;
import gov.nist.javax.sip.header.ims.PrivacyHeader;

import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.Tags;
import org.imstb.ue.as.Answers;

/**
 * How the B2BUA builds one leg's messages from the other's (TS 24.229 §5.7.5): the new initial request (new Call-ID
 * and From tag, same From and To addresses, Request-URI, body, P-Asserted-Identity and Privacy, the Route set that
 * remained after ours), and responses relayed back with the incoming leg's tags. No I/O.
 */
final class LegRequests {
    /** End-to-end headers the new request keeps. */
    private static final String[] COPIED = {PAssertedIdentityHeader.NAME, PrivacyHeader.NAME};

    private LegRequests() {
    }

    /** The request of leg B for {@code in} (leg A), going along {@code routes}; {@code contact} for INVITE. */
    static Request initial(SipEndpoint sip, Request in, List<Address> routes, Address contact) throws Exception {
        FromHeader from = (FromHeader) in.getHeader(FromHeader.NAME);
        ToHeader to = (ToHeader) in.getHeader(ToHeader.NAME);
        Request out = sip.newRequest((URI) in.getRequestURI().clone(), in.getMethod(), sip.provider().getNewCallId(),
                1, (Address) from.getAddress().clone(), Tags.next(), (Address) to.getAddress().clone(), "udp");
        MaxForwardsHeader mf = (MaxForwardsHeader) in.getHeader(MaxForwardsHeader.NAME);
        if (mf != null && mf.getMaxForwards() > 0) {
            out.setHeader(sip.headers().createMaxForwardsHeader(mf.getMaxForwards() - 1));
        }
        for (Address route : routes) {
            out.addHeader(sip.headers().createRouteHeader(route));
        }
        if (Request.INVITE.equals(in.getMethod())) {
            out.addHeader(sip.headers().createContactHeader((Address) contact.clone()));
        }
        for (String name : COPIED) {
            ListIterator<?> it = in.getHeaders(name);
            while (it.hasNext()) {
                out.addHeader((Header) ((Header) it.next()).clone());
            }
        }
        copyBody(in, out);
        return out;
    }

    /**
     * {@code from} (a response on one leg) as the response to {@code request} on the other: same status, reason and
     * body; To tag {@code tag} when the request has none; our {@code contact} when given; P-Asserted-Identity kept.
     */
    static Response relayed(SipEndpoint sip, Request request, Response from, String tag, Address contact) {
        Response r = Answers.create(sip, request, from.getStatusCode(), from.getReasonPhrase(), tag, contact);
        ListIterator<?> it = from.getHeaders(PAssertedIdentityHeader.NAME);
        while (it.hasNext()) {
            r.addHeader((Header) ((Header) it.next()).clone());
        }
        copyBody(from, r);
        return r;
    }

    /** Copies the body and its Content-Type. */
    static void copyBody(Message from, Message to) {
        byte[] body = from.getRawContent();
        ContentTypeHeader type = (ContentTypeHeader) from.getHeader(ContentTypeHeader.NAME);
        if (body == null || body.length == 0 || type == null) {
            return;
        }
        try {
            to.setContent(body, (ContentTypeHeader) type.clone());
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A response with our Contact: 1xx (not 100) and 2xx to dialog-creating or target-refresh requests. */
    static boolean needsContact(String method, int status) {
        boolean dialogMethod = Request.INVITE.equals(method) || Request.UPDATE.equals(method)
                || Request.SUBSCRIBE.equals(method) || Request.REFER.equals(method) || Request.NOTIFY.equals(method);
        return dialogMethod && status > 100 && status < 300;
    }
}
