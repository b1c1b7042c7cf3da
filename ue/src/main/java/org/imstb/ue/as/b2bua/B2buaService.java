package org.imstb.ue.as.b2bua;

import java.util.concurrent.ScheduledFuture;

import javax.sip.ServerTransaction;
import javax.sip.header.CSeqHeader;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.common.sip.SipReplies;
import org.imstb.ue.as.Answers;
import org.imstb.ue.as.AsContext;
import org.imstb.ue.as.Service;
import org.imstb.ue.as.ServiceConfig;
import org.imstb.ue.as.ServiceRouting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * AS acting as routing B2BUA (TS 24.229 §5.7.5). It answers nothing itself: an initial INVITE ({@link CallSetup}),
 * MESSAGE or OPTIONS ({@link TransactionRelay}) becomes a new request ({@link LegRequests#initial}) sent along the
 * Route entries after the AS's own (back to the S-CSCF), and its responses are relayed on the incoming leg with that
 * leg's tags. For a call ({@link B2buaCall}) the ACK, BYE (either way), CANCEL and other requests inside the dialog
 * are relayed between the legs ({@link InDialogRelay}); the call is forgotten on BYE, on a failure or timeout of leg
 * B, when A never ACKs the 2xx, or after {@code maxCallMs}. Reliable provisional responses are not relayed: the new
 * INVITE carries neither Require nor Supported.
 */
public final class B2buaService implements Service {
    private static final Logger LOG = LoggerFactory.getLogger(B2buaService.class);
    static final String ALLOW = "INVITE, ACK, CANCEL, BYE, OPTIONS, MESSAGE, UPDATE, INFO";
    /** A call ringing longer than this is cancelled (RFC 3261 Timer C is more than 3 minutes). */
    static final long MAX_EARLY_MS = 180_000;

    private final ServiceConfig.B2bua config;
    private final B2buaShared b2b;
    private final CallSetup setup;
    private final InDialogRelay inDialog;
    private final TransactionRelay transactions;
    private final ScheduledFuture<?> sweeper;

    public B2buaService(String name, ServiceConfig.B2bua config, AsContext ctx) {
        this.config = config;
        this.b2b = new B2buaShared(name, ctx);
        this.setup = new CallSetup(b2b);
        this.inDialog = new InDialogRelay(b2b);
        this.transactions = new TransactionRelay(b2b);
        this.sweeper = ctx.every(5000, this::sweep);
    }

    @Override
    public String name() {
        return b2b.name;
    }

    /** Calls in progress or established. */
    public int calls() {
        return b2b.calls.size();
    }

    @Override
    public void onRequest(ServerTransaction st, Request request) {
        String method = request.getMethod();
        B2buaCall call = b2b.calls.get(B2buaShared.callId(request));
        if (Request.CANCEL.equals(method)) {
            setup.cancel(st, request, call);
        } else if (((ToHeader) request.getHeader(ToHeader.NAME)).getTag() != null) {
            if (call == null) {
                SipReplies.send(b2b.sip(), st, request, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null);
            } else {
                inDialog.relay(call, st, request);
            }
        } else if (Request.INVITE.equals(method) && call != null) {
            // a retransmission that outlived its transaction: leg B exists, the 2xx being retransmitted answers it
            LOG.debug("{}: INVITE of call {} again", b2b.name, call.a().callId());
        } else if (!Request.INVITE.equals(method) && !Request.MESSAGE.equals(method)
                && !Request.OPTIONS.equals(method)) {
            Answers.methodNotAllowed(b2b.sip(), st, request, ALLOW);
        } else if (onward(st, request)) {
            if (Request.INVITE.equals(method)) {
                setup.invite(st, request);
            } else {
                transactions.relay(st, request);
            }
        }
    }

    /**
     * Whether an initial request can go on: not with Max-Forwards 0 (483), nor when it is addressed to the service
     * itself with no Route after ours (it would come back here: OPTIONS is answered, anything else is a loop).
     */
    private boolean onward(ServerTransaction st, Request request) {
        MaxForwardsHeader mf = (MaxForwardsHeader) request.getHeader(MaxForwardsHeader.NAME);
        if (mf != null && mf.getMaxForwards() <= 0) {
            SipReplies.send(b2b.sip(), st, request, Response.TOO_MANY_HOPS, null);
            return false;
        }
        if (ServiceRouting.loopsBack(b2b.sip(), !ServiceRouting.remainingRoutes(b2b.sip(), request).isEmpty(),
                request.getRequestURI())) {
            if (Request.OPTIONS.equals(request.getMethod())) {
                SipReplies.options(b2b.sip(), st, request, ALLOW);
            } else {
                SipReplies.send(b2b.sip(), st, request, Response.LOOP_DETECTED, null);
            }
            return false;
        }
        return true;
    }

    @Override
    public void onAck(Request ack) {
        inDialog.ack(ack);
    }

    /** A 2xx to an INVITE that no transaction claims: from B, handled as B's answer; from A's side, our ACK again. */
    @Override
    public boolean onStrayResponse(Response response) {
        B2buaCall call = b2b.calls.get(B2buaShared.callId(response));
        if (call == null || response.getStatusCode() < 200 || response.getStatusCode() >= 300
                || !Request.INVITE.equals(((CSeqHeader) response.getHeader(CSeqHeader.NAME)).getMethod())) {
            return false;
        }
        B2buaCall.Leg leg = call.leg(B2buaShared.callId(response));
        if (leg == call.b()) {
            setup.onFinal(call, response);
        } else {
            b2b.repeatAck(leg);
        }
        return true;
    }

    /** Calls ringing too long are cancelled; calls established too long are ended. */
    private void sweep() {
        long now = System.currentTimeMillis();
        for (B2buaCall call : b2b.calls.all()) {
            if (call.overdue(now, MAX_EARLY_MS, config.maxCallMs())) {
                if (call.state() == B2buaCall.State.EARLY) {
                    setup.cancelB(call);
                } else {
                    b2b.hangup(call, "longer than maxCallMs");
                }
            }
        }
    }

    @Override
    public void stop() {
        sweeper.cancel(false);
        b2b.retransmissions.stopAll();
    }
}
