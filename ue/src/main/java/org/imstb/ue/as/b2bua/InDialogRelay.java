package org.imstb.ue.as.b2bua;

import javax.sip.ServerTransaction;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;
import org.imstb.ue.as.Answers;
import org.imstb.ue.as.ClientCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests inside a call's dialogs: one leg's request goes to the other leg as a new request of that leg's dialog and
 * its final response comes back; the ACK to a 2xx is relayed to the leg whose 2xx waits for it. A re-INVITE or UPDATE
 * refreshes the remote target of the leg it came on (and of the other leg with its 2xx). BYE ends the call at once (a
 * BYE from the other side then finds nothing: 481).
 */
final class InDialogRelay {
    private static final Logger LOG = LoggerFactory.getLogger(InDialogRelay.class);

    private final B2buaShared b2b;

    InDialogRelay(B2buaShared b2b) {
        this.b2b = b2b;
    }

    void relay(B2buaCall call, ServerTransaction st, Request in) {
        B2buaCall.Leg from = call.leg(B2buaShared.callId(in));
        B2buaCall.Leg to = call.other(from);
        String method = in.getMethod();
        boolean invite = Request.INVITE.equals(method);
        boolean refresh = invite || Request.UPDATE.equals(method);
        if (refresh) {
            from.dialog().refreshTarget(in);
        }
        if (Request.BYE.equals(method)) {
            b2b.calls.remove(call);
            call.end();
            b2b.retransmissions.cancel(call.a().callId());
        }
        Request out;
        try {
            out = to.dialog().request(sip(), method);
            LegRequests.copyBody(in, out);
        } catch (Exception e) {
            SipReplies.send(sip(), st, in, Response.SERVER_INTERNAL_ERROR, "Cannot relay");
            return;
        }
        try {
            b2b.ctx.send(out, new ClientCallback() {
                @Override
                public void onResponse(Response r) {
                    int status = r.getStatusCode();
                    if (status < 200) {
                        return;
                    }
                    boolean ok = status < 300;
                    if (ok && refresh) {
                        to.dialog().refreshTarget(r);
                    }
                    if (ok && invite) {
                        to.expectAck(B2buaShared.cseq(r));
                    }
                    Response back = LegRequests.relayed(sip(), in, r, null,
                            LegRequests.needsContact(method, status) ? b2b.contact() : null);
                    Answers.send(sip(), st, back);
                    if (ok && invite) {
                        b2b.retransmissions.start(from.callId(), back,
                                () -> b2b.hangup(call, "no ACK to a re-INVITE"));
                    }
                    if (Request.BYE.equals(method)) {
                        LOG.info("{}: call {} ended: BYE answered {}", b2b.name, call.a().callId(), status);
                    }
                }

                @Override
                public void onTimeout() {
                    SipReplies.send(sip(), st, in, Response.REQUEST_TIMEOUT, null);
                }
            });
        } catch (Exception e) {
            SipReplies.send(sip(), st, in, Response.SERVICE_UNAVAILABLE, "Next hop unreachable");
        }
    }

    /** ACK from either leg: relays the ACK for the 2xx that waits on the other leg. */
    void ack(Request ack) {
        String callId = B2buaShared.callId(ack);
        B2buaCall call = b2b.calls.get(callId);
        b2b.retransmissions.acked(callId);
        if (call == null) {
            return;
        }
        B2buaCall.Leg from = call.leg(callId);
        if (from == call.a()) {
            call.onAckFromA();
        }
        B2buaCall.Leg to = call.other(from);
        long seq = to.takePendingAck();
        if (seq < 0) {
            return;
        }
        try {
            Request out = to.dialog().ack(sip(), seq);
            LegRequests.copyBody(ack, out);
            to.acked(out);
            b2b.ctx.sendAck((Request) out.clone());
        } catch (Exception e) {
            LOG.warn("{}: cannot relay the ACK of call {}: {}", b2b.name, call.a().callId(), e.toString());
        }
    }

    private SipEndpoint sip() {
        return b2b.sip();
    }
}
