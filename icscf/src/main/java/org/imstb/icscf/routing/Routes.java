package org.imstb.icscf.routing;

import javax.sip.ServerTransaction;
import javax.sip.address.SipURI;
import javax.sip.header.RouteHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;
import org.imstb.common.sip.proxy.Forwarder;

/** Forwarding to a chosen S-CSCF: its URI as a loose route on top of the Route set. */
final class Routes {
    private Routes() {
    }

    /** What to do to the request before it goes (e.g. THIG), returning the hook for its responses. */
    @FunctionalInterface
    interface Edit {
        Edit NONE = out -> Forwarder.ResponseHook.NONE;

        Forwarder.ResponseHook apply(Request out) throws javax.sip.SipException;
    }

    static void forwardTo(SipEndpoint sip, Forwarder forwarder, ServerTransaction st, Request request,
            String scscf) {
        forwardTo(sip, forwarder, st, request, scscf, Edit.NONE);
    }

    static void forwardTo(SipEndpoint sip, Forwarder forwarder, ServerTransaction st, Request request,
            String scscf, Edit edit) {
        Request out = forwarder.prepare(st, request);
        if (out == null) {
            return;
        }
        Forwarder.ResponseHook hook;
        try {
            SipURI uri = (SipURI) sip.addresses().createURI(scscf);
            uri.setLrParam();
            RouteHeader route = sip.headers().createRouteHeader(sip.addresses().createAddress(uri));
            out.addFirst(route);
            hook = edit.apply(out);
        } catch (java.text.ParseException | javax.sip.SipException | ClassCastException e) {
            SipReplies.send(sip, st, request, Response.SERVER_INTERNAL_ERROR, "Cannot route to " + scscf + ": " + e.getMessage());
            return;
        }
        forwarder.forward(st, out, hook);
    }

    /** Methods whose initial request creates a dialog (RFC 3261, 6665, 3515). */
    static boolean dialogForming(Request r) {
        return switch (r.getMethod()) {
            case Request.INVITE, Request.SUBSCRIBE, Request.REFER, Request.NOTIFY -> true;
            default -> false;
        };
    }
}
