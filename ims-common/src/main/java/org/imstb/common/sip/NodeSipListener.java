package org.imstb.common.sip;

import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipListener;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The common part of a node's SIP listener: every request gets its server transaction (retransmissions are absorbed),
 * an ACK without one goes to {@link #onStatelessAck}, and no handler exception reaches the stack (it becomes 500).
 */
public abstract class NodeSipListener implements SipListener {
    private static final Logger LOG = LoggerFactory.getLogger(NodeSipListener.class);

    protected final SipEndpoint sip;

    protected NodeSipListener(SipEndpoint sip) {
        this.sip = sip;
    }

    /** A request with its server transaction. */
    protected abstract void onRequest(ServerTransaction st, Request request);

    /** An ACK outside any transaction (ACK to a 2xx); ignored unless a node forwards it. */
    protected void onStatelessAck(Request ack) {
    }

    @Override
    public final void processRequest(RequestEvent e) {
        Request request = e.getRequest();
        if (Request.ACK.equals(request.getMethod()) && e.getServerTransaction() == null) {
            onStatelessAck(request);
            return;
        }
        ServerTransaction st = SipReplies.serverTransaction(sip.provider(), e);
        if (st == null) {
            return;
        }
        try {
            onRequest(st, request);
        } catch (RuntimeException ex) {
            LOG.error("{} failed", request.getMethod(), ex);
            SipReplies.send(sip, st, request, Response.SERVER_INTERNAL_ERROR, null);
        }
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
