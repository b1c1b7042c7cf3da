package org.imstb.scscf;

import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.TimeoutEvent;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.common.sip.NodeSipListener;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;
import org.imstb.scscf.regevent.RegEventNotifier;
import org.imstb.scscf.registration.RegisterHandler;

/** Dispatches the S-CSCF's SIP events by method. No handler may throw into the stack. */
final class ScscfListener extends NodeSipListener {
    static final String ALLOW = "REGISTER, SUBSCRIBE, NOTIFY, OPTIONS";

    private final RegisterHandler register;
    private final RegEventNotifier notifier;

    ScscfListener(SipEndpoint sip, RegisterHandler register, RegEventNotifier notifier) {
        super(sip);
        this.register = register;
        this.notifier = notifier;
    }

    @Override
    protected void onRequest(ServerTransaction st, Request request) {
        switch (request.getMethod()) {
            case Request.REGISTER -> register.handle(st, request);
            case Request.OPTIONS -> SipReplies.options(sip, st, request, ALLOW);
            case Request.SUBSCRIBE -> {
                if (RegEventNotifier.isRegSubscribe(request)) {
                    notifier.handleSubscribe(st, request);
                } else {
                    SipReplies.send(sip, st, request, Response.BAD_EVENT, null);
                }
            }
            default -> SipReplies.send(sip, st, request, Response.NOT_IMPLEMENTED, null);
        }
    }

    @Override
    public void processResponse(ResponseEvent e) {
        notifier.onResponse(e);
    }

    @Override
    public void processTimeout(TimeoutEvent e) {
        notifier.onTimeout(e);
    }
}
