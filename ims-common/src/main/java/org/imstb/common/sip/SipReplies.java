package org.imstb.common.sip;

import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipProvider;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.TransactionState;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Server transactions and answers, without repeating JAIN-SIP's ceremony in every node. */
public final class SipReplies {
    private static final Logger LOG = LoggerFactory.getLogger(SipReplies.class);

    private SipReplies() {
    }

    /**
     * The server transaction of a request event, created if the stack did not; null for a retransmission that
     * an existing transaction already absorbs (the caller then does nothing) and for ACK.
     */
    public static ServerTransaction serverTransaction(SipProvider provider, RequestEvent e) {
        if (e.getServerTransaction() != null) {
            return e.getServerTransaction();
        }
        if (Request.ACK.equals(e.getRequest().getMethod())) {
            return null;
        }
        try {
            return provider.getNewServerTransaction(e.getRequest());
        } catch (TransactionAlreadyExistsException retransmission) {
            return null;
        } catch (Exception ex) {
            LOG.debug("no server transaction for {}: {}", e.getRequest().getMethod(), ex.toString());
            return null;
        }
    }

    /** A response to {@code request} with a To tag when it has none (RFC 3261 §8.2.6.2). */
    public static Response create(SipEndpoint sip, Request request, int status, String reason) {
        try {
            Response r = sip.messages().createResponse(status, request);
            if (reason != null) {
                r.setReasonPhrase(reason);
            }
            ToHeader to = (ToHeader) r.getHeader(ToHeader.NAME);
            if (status > 100 && to != null && to.getTag() == null) {
                to.setTag(Tags.next());
            }
            return r;
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * Sends a final or provisional response through {@code st} (statelessly when st is null). Never throws: a
     * response that cannot be sent is logged; the transaction layer retransmits or gives up on its own.
     */
    public static void send(SipEndpoint sip, ServerTransaction st, Request request, int status, String reason) {
        send(sip, st, create(sip, request, status, reason));
    }

    /** Sends {@code response} through {@code st}, or statelessly when st is null. Never throws. */
    public static void send(SipEndpoint sip, ServerTransaction st, Response response) {
        try {
            if (st == null) {
                sip.provider().sendResponse(response);
            } else if (st.getState() != TransactionState.COMPLETED && st.getState() != TransactionState.TERMINATED) {
                st.sendResponse(response);
            }
        } catch (Exception e) {
            LOG.debug("cannot send {}: {}", response.getStatusCode(), e.toString());
        }
    }

    /** Answers OPTIONS (RFC 3261 §11.2): 200 with Allow and Accept. */
    public static void options(SipEndpoint sip, ServerTransaction st, Request request, String allow) {
        Response r = create(sip, request, Response.OK, null);
        try {
            for (String method : allow.split(",")) {
                r.addHeader(sip.headers().createAllowHeader(method.trim()));
            }
            r.addHeader(sip.headers().createAcceptHeader("application", "sdp"));
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException(e);
        }
        send(sip, st, r);
    }
}
