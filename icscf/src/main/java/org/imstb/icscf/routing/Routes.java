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

    static void forwardTo(SipEndpoint sip, Forwarder forwarder, ServerTransaction st, Request request,
            String scscf) {
        Request out = forwarder.prepare(st, request);
        if (out == null) {
            return;
        }
        try {
            SipURI uri = (SipURI) sip.addresses().createURI(scscf);
            uri.setLrParam();
            RouteHeader route = sip.headers().createRouteHeader(sip.addresses().createAddress(uri));
            out.addFirst(route);
        } catch (java.text.ParseException | javax.sip.SipException | ClassCastException e) {
            SipReplies.send(sip, st, request, Response.SERVER_INTERNAL_ERROR, "Bad S-CSCF name " + scscf);
            return;
        }
        forwarder.forward(st, out, Forwarder.ResponseHook.NONE);
    }
}
