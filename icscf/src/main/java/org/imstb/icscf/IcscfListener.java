package org.imstb.icscf;

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
import org.imstb.common.sip.proxy.Forwarder;
import org.imstb.icscf.routing.RegisterRouter;
import org.imstb.icscf.routing.TerminatingRouter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Dispatches the I-CSCF's SIP events. No handler may throw into the stack. */
final class IcscfListener implements SipListener {
    private static final Logger LOG = LoggerFactory.getLogger(IcscfListener.class);

    private final SipEndpoint sip;
    private final Forwarder forwarder;
    private final RegisterRouter register;
    private final TerminatingRouter terminating;

    IcscfListener(SipEndpoint sip, Forwarder forwarder, RegisterRouter register, TerminatingRouter terminating) {
        this.sip = sip;
        this.forwarder = forwarder;
        this.register = register;
        this.terminating = terminating;
    }

    @Override
    public void processRequest(RequestEvent e) {
        Request request = e.getRequest();
        ServerTransaction st = SipReplies.serverTransaction(sip.provider(), e);
        if (st == null) {
            return;
        }
        try {
            if (Request.REGISTER.equals(request.getMethod())) {
                register.handle(st, request);
            } else if (Request.OPTIONS.equals(request.getMethod()) && sip.isOwn(request.getRequestURI())) {
                SipReplies.options(sip, st, request, "REGISTER, INVITE, ACK, CANCEL, BYE, OPTIONS, MESSAGE, "
                        + "SUBSCRIBE, NOTIFY, PRACK, UPDATE, REFER, INFO");
            } else {
                terminating.handle(st, request);
            }
        } catch (RuntimeException ex) {
            LOG.error("{} failed", request.getMethod(), ex);
            SipReplies.send(sip, st, request, Response.SERVER_INTERNAL_ERROR, null);
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
