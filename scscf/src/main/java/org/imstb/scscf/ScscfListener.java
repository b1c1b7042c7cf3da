package org.imstb.scscf;

import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipListener;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;
import org.imstb.scscf.regevent.RegEventNotifier;
import org.imstb.scscf.registration.RegisterHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Dispatches the S-CSCF's SIP events by method. No handler may throw into the stack. */
final class ScscfListener implements SipListener {
    private static final Logger LOG = LoggerFactory.getLogger(ScscfListener.class);
    static final String ALLOW = "REGISTER, SUBSCRIBE, NOTIFY, OPTIONS";

    private final SipEndpoint sip;
    private final RegisterHandler register;
    private final RegEventNotifier notifier;

    ScscfListener(SipEndpoint sip, RegisterHandler register, RegEventNotifier notifier) {
        this.sip = sip;
        this.register = register;
        this.notifier = notifier;
    }

    @Override
    public void processRequest(RequestEvent e) {
        Request request = e.getRequest();
        ServerTransaction st = SipReplies.serverTransaction(sip.provider(), e);
        if (st == null) {
            return;
        }
        try {
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
        } catch (RuntimeException ex) {
            LOG.error("{} failed", request.getMethod(), ex);
            SipReplies.send(sip, st, request, Response.SERVER_INTERNAL_ERROR, null);
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

    @Override
    public void processIOException(IOExceptionEvent e) {
        LOG.debug("I/O error towards {}:{}/{}", e.getHost(), e.getPort(), e.getTransport());
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent e) {
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent e) {
    }
}
