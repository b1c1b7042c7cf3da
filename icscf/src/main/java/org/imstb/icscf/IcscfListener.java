package org.imstb.icscf;

import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.TimeoutEvent;
import javax.sip.message.Request;

import org.imstb.common.sip.NodeSipListener;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;
import org.imstb.common.sip.proxy.Forwarder;
import org.imstb.icscf.routing.RegisterRouter;
import org.imstb.icscf.routing.TerminatingRouter;

/** Dispatches the I-CSCF's SIP events. No handler may throw into the stack. */
final class IcscfListener extends NodeSipListener {

    private final Forwarder forwarder;
    private final RegisterRouter register;
    private final TerminatingRouter terminating;

    IcscfListener(SipEndpoint sip, Forwarder forwarder, RegisterRouter register, TerminatingRouter terminating) {
        super(sip);
        this.forwarder = forwarder;
        this.register = register;
        this.terminating = terminating;
    }

    @Override
    protected void onRequest(ServerTransaction st, Request request) {
        if (Request.REGISTER.equals(request.getMethod())) {
            register.handle(st, request);
        } else if (Request.CANCEL.equals(request.getMethod())) {
            forwarder.cancel(st, request);
        } else if (Request.OPTIONS.equals(request.getMethod()) && sip.isOwn(request.getRequestURI())) {
            SipReplies.options(sip, st, request, "REGISTER, INVITE, ACK, CANCEL, BYE, OPTIONS, MESSAGE, "
                    + "SUBSCRIBE, NOTIFY, PRACK, UPDATE, REFER, INFO");
        } else {
            terminating.handle(st, request);
        }
    }

    @Override
    public void processResponse(ResponseEvent e) {
        forwarder.onResponse(e);
    }

    @Override
    public void processTimeout(TimeoutEvent e) {
        forwarder.onTimeout(e);
    }
}
