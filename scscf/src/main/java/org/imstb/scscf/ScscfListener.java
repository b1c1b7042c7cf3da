package org.imstb.scscf;

import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.TimeoutEvent;
import javax.sip.header.RouteHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.common.sip.NodeSipListener;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;
import org.imstb.common.sip.proxy.Forwarder;
import org.imstb.scscf.isc.ThirdPartyRegistrar;
import org.imstb.scscf.regevent.RegEventNotifier;
import org.imstb.scscf.registration.RegisterHandler;
import org.imstb.scscf.session.SessionRouter;

/** Dispatches the S-CSCF's SIP events by method. No handler may throw into the stack. */
final class ScscfListener extends NodeSipListener {
    static final String ALLOW = "REGISTER, INVITE, ACK, CANCEL, BYE, OPTIONS, MESSAGE, SUBSCRIBE, NOTIFY, PRACK, "
            + "UPDATE, REFER, INFO";

    private final RegisterHandler register;
    private final RegEventNotifier notifier;
    private final SessionRouter sessions;
    private final Forwarder forwarder;
    private final ThirdPartyRegistrar thirdParty;

    ScscfListener(SipEndpoint sip, RegisterHandler register, RegEventNotifier notifier, SessionRouter sessions,
            Forwarder forwarder, ThirdPartyRegistrar thirdParty) {
        super(sip);
        this.thirdParty = thirdParty;
        this.register = register;
        this.notifier = notifier;
        this.sessions = sessions;
        this.forwarder = forwarder;
    }

    @Override
    protected void onStatelessAck(Request ack) {
        sessions.onStatelessAck(ack);
    }

    @Override
    protected void onRequest(ServerTransaction st, Request request) {
        switch (request.getMethod()) {
            case Request.REGISTER -> register.handle(st, request);
            case Request.SUBSCRIBE -> {
                if (RegEventNotifier.isRegSubscribe(request)) {
                    notifier.handleSubscribe(st, request);
                } else {
                    sessions.handle(st, request);
                }
            }
            case Request.OPTIONS -> {
                if (sip.isOwn(request.getRequestURI()) && request.getHeader(RouteHeader.NAME) == null) {
                    SipReplies.options(sip, st, request, ALLOW);
                } else {
                    sessions.handle(st, request);
                }
            }
            default -> sessions.handle(st, request);
        }
    }

    @Override
    public void processResponse(ResponseEvent e) {
        if (!forwarder.onResponse(e) && !thirdParty.onResponse(e)) {
            notifier.onResponse(e);
        }
    }

    @Override
    public void processTimeout(TimeoutEvent e) {
        if (!forwarder.onTimeout(e) && !thirdParty.onTimeout(e)) {
            notifier.onTimeout(e);
        }
    }
}
