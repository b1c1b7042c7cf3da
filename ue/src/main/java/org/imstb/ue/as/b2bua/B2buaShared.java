package org.imstb.ue.as.b2bua;

import javax.sip.address.Address;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.common.sip.SipEndpoint;
import org.imstb.ue.as.AsContext;
import org.imstb.ue.as.ClientCallback;
import org.imstb.ue.as.OkRetransmissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the parts of one B2BUA service share: its name, the AS context, its calls and 2xx retransmissions. */
final class B2buaShared {
    private static final Logger LOG = LoggerFactory.getLogger(B2buaShared.class);

    /** For requests whose answer does not matter (BYE when the AS ends a call). */
    static final ClientCallback IGNORE = new ClientCallback() {
        @Override
        public void onResponse(Response response) {
        }

        @Override
        public void onTimeout() {
        }
    };

    final String name;
    final AsContext ctx;
    final B2buaCalls calls = new B2buaCalls();
    final OkRetransmissions retransmissions;

    B2buaShared(String name, AsContext ctx) {
        this.name = name;
        this.ctx = ctx;
        this.retransmissions = new OkRetransmissions(ctx);
    }

    SipEndpoint sip() {
        return ctx.sip();
    }

    /** The service's Contact on both legs: {@code sip:<service>@<host>:<port>}, so in-dialog requests come back. */
    Address contact() {
        return sip().addresses().createAddress(sip().uri(name, false));
    }

    /** Ends a call from the middle (no ACK, too long): BYE on both legs. */
    void hangup(B2buaCall call, String why) {
        if (!call.end()) {
            return;
        }
        calls.remove(call);
        retransmissions.cancel(call.a().callId());
        LOG.info("{}: ending call {}: {}", name, call.a().callId(), why);
        for (B2buaCall.Leg leg : new B2buaCall.Leg[] {call.a(), call.b()}) {
            try {
                ctx.send(leg.dialog().request(sip(), Request.BYE), IGNORE);
            } catch (Exception e) {
                LOG.debug("{}: cannot send BYE on {}: {}", name, leg.callId(), e.toString());
            }
        }
    }

    /** A 2xx came again on {@code leg}: our ACK was lost; send it again (if one was sent). */
    void repeatAck(B2buaCall.Leg leg) {
        Request ack = leg.lastAck();
        if (ack != null) {
            ctx.sendAck((Request) ack.clone());
        }
    }

    static String callId(Message m) {
        return ((CallIdHeader) m.getHeader(CallIdHeader.NAME)).getCallId();
    }

    static long cseq(Message m) {
        return ((CSeqHeader) m.getHeader(CSeqHeader.NAME)).getSeqNumber();
    }
}
