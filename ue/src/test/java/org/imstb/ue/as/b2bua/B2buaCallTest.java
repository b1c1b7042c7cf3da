package org.imstb.ue.as.b2bua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.sip.message.Request;

import org.imstb.ue.as.DialogState;
import org.imstb.ue.as.testing.Messages;
import org.junit.jupiter.api.Test;

/** The B2BUA call state machine, without sockets. */
class B2buaCallTest {
    private static B2buaCall call() throws Exception {
        Request a = Messages.request("INVITE sip:bob@domain1.test SIP/2.0",
                "Via: SIP/2.0/UDP scscf.domain1.test;branch=z9hG4bK1",
                "From: <sip:alice@domain1.test>;tag=a", "To: <sip:bob@domain1.test>", "Call-ID: leg-a",
                "CSeq: 1 INVITE", "Contact: <sip:alice@[2001:db8::5]>");
        Request b = Messages.request("INVITE sip:bob@domain1.test SIP/2.0",
                "Via: SIP/2.0/UDP as1.domain1.test;branch=z9hG4bK2",
                "From: <sip:alice@domain1.test>;tag=b", "To: <sip:bob@domain1.test>", "Call-ID: leg-b",
                "CSeq: 1 INVITE");
        return new B2buaCall(DialogState.asUas(a, "a-side", null), null, a, DialogState.asUac(b, null), 1000);
    }

    @Test
    void ringAnswerAckThenEnd() throws Exception {
        B2buaCall c = call();
        assertSame(c.a(), c.leg("leg-a"));
        assertSame(c.b(), c.leg("leg-b"));
        assertSame(c.b(), c.other(c.a()));
        assertTrue(c.onProvisional(), "180 is relayed");
        assertEquals(B2buaCall.State.EARLY, c.state());
        assertEquals(B2buaCall.Final.RELAY_ANSWER, c.onFinal(200, 2000));
        assertEquals(B2buaCall.State.ANSWERED, c.state());
        assertFalse(c.onProvisional(), "no provisional after the answer");
        assertEquals(B2buaCall.Final.RETRANSMITTED_ANSWER, c.onFinal(200, 2100), "the 2xx again: re-ACK");
        assertTrue(c.onAckFromA());
        assertFalse(c.onAckFromA(), "once");
        assertEquals(B2buaCall.State.CONFIRMED, c.state());
        assertEquals(B2buaCall.Cancel.TOO_LATE, c.onCancel());
        assertFalse(c.overdue(3000, 180_000, 5000));
        assertTrue(c.overdue(8000, 180_000, 5000), "longer than maxCallMs");
        assertTrue(c.end());
        assertFalse(c.end());
        assertEquals(B2buaCall.Final.IGNORE, c.onFinal(200, 9000));
    }

    @Test
    void aFailureEndsTheCall() throws Exception {
        B2buaCall c = call();
        assertEquals(B2buaCall.Final.RELAY_FAILURE, c.onFinal(486, 2000));
        assertEquals(B2buaCall.State.ENDED, c.state());
        assertFalse(c.end());
    }

    @Test
    void aCancelBeforeAnyProvisionalWaitsForOne() throws Exception {
        B2buaCall c = call();
        assertEquals(B2buaCall.Cancel.SEND_LATER, c.onCancel());
        c.onProvisional();
        assertTrue(c.takeCancelPending());
        assertFalse(c.takeCancelPending(), "sent once");
        assertEquals(B2buaCall.Cancel.SEND_NOW, c.onCancel(), "early: at once");
        assertTrue(c.cancelOnce());
        assertFalse(c.cancelOnce(), "one CANCEL");
        assertTrue(c.overdue(1000 + 180_001, 180_000, 3_600_000), "ringing too long");
    }

    @Test
    void eachLegKeepsTheAckItOwes() throws Exception {
        B2buaCall c = call();
        assertEquals(-1, c.b().takePendingAck());
        c.b().expectAck(1);
        assertEquals(1, c.b().takePendingAck());
        assertEquals(-1, c.b().takePendingAck(), "taken once");
    }
}
