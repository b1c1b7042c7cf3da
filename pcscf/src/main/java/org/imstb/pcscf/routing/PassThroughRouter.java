package org.imstb.pcscf.routing;

import javax.sip.ServerTransaction;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;
import org.imstb.common.sip.proxy.Forwarder;

/**
 * Requests that follow a route we are on: terminating initial requests from the S-CSCF along the Path we inserted
 * ({@code sip:term@...}), and mid-dialog requests along our Record-Route. Our Route entry is removed and the request
 * goes to the next Route or the Request-URI; terminating initial dialog-forming requests are Record-Routed.
 */
public final class PassThroughRouter {
    private final SipEndpoint sip;
    private final Forwarder forwarder;

    public PassThroughRouter(SipEndpoint sip, Forwarder forwarder) {
        this.sip = sip;
        this.forwarder = forwarder;
    }

    public void handle(ServerTransaction st, Request request, boolean initialTerminating) {
        Request out = forwarder.prepare(st, request);
        if (out == null) {
            return;
        }
        if (initialTerminating && DialogForming.is(out)) {
            try {
                out.addFirst(sip.headers().createRecordRouteHeader(sip.addresses().createAddress(
                        sip.uri("term", true))));
            } catch (javax.sip.SipException e) {
                SipReplies.send(sip, st, request, Response.SERVER_INTERNAL_ERROR, null);
                return;
            }
        }
        forwarder.forward(st, out, Forwarder.ResponseHook.NONE);
    }
}
