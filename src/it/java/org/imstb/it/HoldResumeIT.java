package org.imstb.it;

import static org.imstb.it.TwoDomainLab.with;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A call across the two operators with session re-negotiation (RFC 3264 §8.4): alice calls carol (INVITE, 180, 200,
 * ACK through P-CSCF, S-CSCF, I-CSCF of both domains), puts her on hold with a re-INVITE offering sendonly (answered
 * recvonly), resumes with sendrecv, and hangs up; the dialog's requests follow the Record-Route set of both operators.
 */
class HoldResumeIT {
    private static TwoDomainLab lab;

    @BeforeAll
    static void lab() throws Exception {
        lab = TwoDomainLab.get();
    }

    @Test
    void aliceCallsCarolHoldsResumesAndHangsUp() throws Exception {
        TwoDomainLab.Background carol = lab.start("carol", with(lab.register("ue2"), "--wait", "25", "--deregister"));
        try {
            assertTrue(carol.await("waiting 25 s", 60), carol.output());
            ImstbCli.Result alice = lab.run(90, with(lab.register("ue1"), "--call", "sip:carol@domain2.test", "--hold",
                    "--deregister"));
            String out = alice.output();
            assertTrue(alice.ok(), out);
            assertTrue(out.contains("INVITE sip:carol@domain2.test: 200 OK"), out);
            assertTrue(out.matches("(?s).*provisional \\[[^]]*180[^]]*].*"), "180 Ringing reached the caller: " + out);
            // with topology hiding (on in the default topology) domain2's P-CSCF and S-CSCF are one token entry at
            // its I-CSCF; domain1's stay in the clear behind its own I-CSCF, the exit (ThigIT checks the wire)
            assertTrue(out.matches("(?s).*Record-Route: +\\[<sip:[A-Za-z0-9_-]+@icscf\\.domain2\\.test[^>]*>, "
                    + "<sip:thig@icscf\\.domain1\\.test[^>]*>, <sip:mo@scscf\\.domain1\\.test[^>]*>, "
                    + "<sip:orig@pcscf\\.domain1\\.test[^>]*>].*"), "both operators' CSCFs stay on the path: " + out);
            assertTrue(out.contains("re-INVITE hold: 200 (answer recvonly)"), out);
            assertTrue(out.contains("re-INVITE resume: 200 (answer sendrecv)"), out);
            assertTrue(out.contains("BYE: 200"), out);
            assertTrue(carol.await("call ended by the other side (BYE)", 20), carol.output());
            String in = carol.output();
            assertTrue(in.contains("incoming call from sip:alice@domain1.test"), "P-Asserted-Identity of alice: " + in);
            assertTrue(in.contains("(P-Called-Party-ID sip:carol@domain2.test): answered 200"), in);
        } finally {
            carol.finish(60);
        }
    }

}
