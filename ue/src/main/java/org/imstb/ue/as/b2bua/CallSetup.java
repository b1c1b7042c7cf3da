package org.imstb.ue.as.b2bua;

import javax.sip.ClientTransaction;
import javax.sip.ServerTransaction;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;
import org.imstb.common.sip.Tags;
import org.imstb.ue.as.Answers;
import org.imstb.ue.as.ClientCallback;
import org.imstb.ue.as.DialogState;
import org.imstb.ue.as.ServiceRouting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Setting a call up through the B2BUA: the incoming INVITE (leg A) becomes a new INVITE (leg B); B's provisional and
 * final responses go back on A with A's own To tag; a 2xx is retransmitted on A until A's ACK; a CANCEL from A cancels
 * B (once B has answered provisionally, RFC 3261 §9.1) and B's 487 flows back.
 */
final class CallSetup {
    private static final Logger LOG = LoggerFactory.getLogger(CallSetup.class);

    private final B2buaShared b2b;

    CallSetup(B2buaShared b2b) {
        this.b2b = b2b;
    }

    /** An initial INVITE: leg B is created and sent; leg A hears 100 now and then what B answers. */
    void invite(ServerTransaction st, Request invite) {
        Request out;
        try {
            out = LegRequests.initial(sip(), invite, ServiceRouting.remainingRoutes(sip(), invite), b2b.contact());
        } catch (Exception e) {
            SipReplies.send(sip(), st, invite, Response.BAD_REQUEST, "Cannot build the new request");
            return;
        }
        SipReplies.send(sip(), st, invite, Response.TRYING, null);
        B2buaCall call = new B2buaCall(DialogState.asUas(invite, Tags.next(), b2b.contact()), st, invite,
                DialogState.asUac(out, b2b.contact()), System.currentTimeMillis());
        b2b.calls.add(call);
        try {
            call.inviteB(b2b.ctx.send(out, new InviteCallback(call)));
        } catch (Exception e) {
            LOG.warn("{}: cannot send the INVITE of leg B to {}: {}", b2b.name, out.getRequestURI(), e.toString());
            b2b.calls.remove(call);
            call.end();
            SipReplies.send(sip(), st, invite, Response.SERVICE_UNAVAILABLE, "Next hop unreachable");
            return;
        }
        b2b.ctx.metrics().increment("imstb_as_b2bua_calls_total", "service", b2b.name);
        LOG.info("{}: call {} → {} (leg B {})", b2b.name, call.a().callId(), out.getRequestURI(), call.b().callId());
    }

    /** Responses from B to the initial INVITE. */
    private final class InviteCallback implements ClientCallback {
        private final B2buaCall call;

        InviteCallback(B2buaCall call) {
            this.call = call;
        }

        @Override
        public void onResponse(Response r) {
            int status = r.getStatusCode();
            if (status == Response.TRYING) {
                return;
            }
            if (status >= 200) {
                onFinal(call, r);
                return;
            }
            if (call.onProvisional()) {
                call.b().dialog().established(r); // an early dialog (a 2xx overtaking it has set it already)
                Answers.send(sip(), call.inviteA(), LegRequests.relayed(sip(), call.requestA(), r,
                        call.a().dialog().localTag(), LegRequests.needsContact(Request.INVITE, status)
                                ? b2b.contact() : null));
            }
            if (call.takeCancelPending()) {
                cancelB(call);
            }
        }

        @Override
        public void onTimeout() {
            if (call.onFinal(Response.REQUEST_TIMEOUT, System.currentTimeMillis()) == B2buaCall.Final.RELAY_FAILURE) {
                b2b.calls.remove(call);
                Answers.send(sip(), call.inviteA(), Answers.create(sip(), call.requestA(), Response.REQUEST_TIMEOUT,
                        null, call.a().dialog().localTag(), null));
                LOG.info("{}: call {}: leg B timed out", b2b.name, call.a().callId());
            }
        }
    }

    /** A final response from B to the initial INVITE (also a retransmitted 2xx no transaction claims). */
    void onFinal(B2buaCall call, Response r) {
        switch (call.onFinal(r.getStatusCode(), System.currentTimeMillis())) {
            case RELAY_ANSWER -> {
                call.b().dialog().established(r);
                call.b().expectAck(B2buaShared.cseq(r));
                Response ok = LegRequests.relayed(sip(), call.requestA(), r, call.a().dialog().localTag(),
                        b2b.contact());
                Answers.send(sip(), call.inviteA(), ok);
                b2b.retransmissions.start(call.a().callId(), ok, () -> b2b.hangup(call, "no ACK from the caller"));
                LOG.info("{}: call {} answered {}", b2b.name, call.a().callId(), r.getStatusCode());
            }
            case RELAY_FAILURE -> {
                b2b.calls.remove(call);
                Answers.send(sip(), call.inviteA(), LegRequests.relayed(sip(), call.requestA(), r,
                        call.a().dialog().localTag(), null));
                LOG.info("{}: call {} failed: {} {}", b2b.name, call.a().callId(), r.getStatusCode(),
                        r.getReasonPhrase());
            }
            case RETRANSMITTED_ANSWER -> b2b.repeatAck(call.b());
            case IGNORE -> { }
        }
    }

    /** CANCEL from A: 200 at once; leg B is cancelled (now, or after B's first provisional response). */
    void cancel(ServerTransaction st, Request cancel, B2buaCall call) {
        if (call == null || call.leg(B2buaShared.callId(cancel)) != call.a()) {
            SipReplies.send(sip(), st, cancel, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null);
            return;
        }
        SipReplies.send(sip(), st, cancel, Response.OK, null);
        if (call.onCancel() == B2buaCall.Cancel.SEND_NOW) {
            cancelB(call);
        }
    }

    /** CANCELs the INVITE of leg B, once. */
    void cancelB(B2buaCall call) {
        if (!call.cancelOnce()) {
            return;
        }
        ClientTransaction ct = call.inviteB();
        try {
            sip().provider().getNewClientTransaction(ct.createCancel()).sendRequest();
            LOG.info("{}: call {} cancelled", b2b.name, call.a().callId());
        } catch (Exception e) {
            LOG.debug("{}: cannot cancel leg B of call {}: {}", b2b.name, call.a().callId(), e.toString());
        }
    }

    private SipEndpoint sip() {
        return b2b.sip();
    }
}
