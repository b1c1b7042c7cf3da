package org.imstb.ue.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.sip.SipFactory;
import javax.sip.message.Response;
import org.junit.jupiter.api.Test;

class ReliableResponsesTest {
    private static Response provisional(int status, String toTag, Long rseq) throws Exception {
        String text = "SIP/2.0 " + status + " Progress\r\n"
                + "Via: SIP/2.0/UDP [::1]:5060;branch=z9hG4bK-1\r\n"
                + "From: <sip:alice@domain1.test>;tag=a1\r\n"
                + "To: <sip:bob@domain2.test>" + (toTag == null ? "" : ";tag=" + toTag) + "\r\n"
                + "Call-ID: c1@[::1]\r\n"
                + "CSeq: 1 INVITE\r\n"
                + (rseq == null ? "" : "RSeq: " + rseq + "\r\n")
                + "Content-Length: 0\r\n\r\n";
        return SipFactory.getInstance().createMessageFactory().createResponse(text);
    }

    @Test
    void acknowledgesEachReliableResponseOnceAndDiscardsRetransmissions() throws Exception {
        ReliableResponses seen = new ReliableResponses();
        assertTrue(seen.firstTime(provisional(183, "b1", 832L)));
        assertFalse(seen.firstTime(provisional(183, "b1", 832L)), "a retransmitted 183 is not PRACKed again");
        assertTrue(seen.firstTime(provisional(180, "b1", 833L)), "the next reliable response is");
        assertFalse(seen.firstTime(provisional(183, "b1", 832L)), "an older one arriving late is not");
    }

    @Test
    void keepsEachForkedEarlyDialogApart() throws Exception {
        ReliableResponses seen = new ReliableResponses();
        assertTrue(seen.firstTime(provisional(183, "b1", 5L)));
        assertTrue(seen.firstTime(provisional(183, "b2", 5L)), "another early dialog has its own RSeq space");
    }

    @Test
    void unreliableResponsesAreNeverPracked() throws Exception {
        assertFalse(new ReliableResponses().firstTime(provisional(180, "b1", null)));
    }
}
