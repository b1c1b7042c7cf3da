package org.imstb.it;

import static org.imstb.it.TwoDomainLab.with;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Blind call transfer across operators (RFC 3515, RFC 5589 §6): alice (domain1) calls carol (domain2); carol answers
 * and REFERs alice to bob (domain1); alice accepts (202), NOTIFYs "100 Trying", calls bob through the cores, NOTIFYs
 * "200 OK" (implicit subscription terminated), and carol hangs up the original call. REFER and NOTIFY travel inside the
 * original dialog along its Record-Route; the new call is an ordinary originating call of alice.
 */
class TransferIT {

    @Test
    void carolTransfersAliceToBob() throws Exception {
        TwoDomainLab lab = TwoDomainLab.get();
        TwoDomainLab.Background bob = lab.start("bob-xfer", with(lab.registerAs("ue1", "sip:bob@domain1.test",
                "bob-secret"), "--wait", "30", "--deregister"));
        TwoDomainLab.Background carol = lab.start("carol-xfer", with(lab.register("ue2"), "--wait", "30",
                "--transfer-to", "sip:bob@domain1.test", "--deregister"));
        try {
            assertTrue(bob.await("waiting 30 s", 60), bob.output());
            assertTrue(carol.await("waiting 30 s", 60), carol.output());
            ImstbCli.Result alice = lab.run(90, with(lab.register("ue1"), "--call", "sip:carol@domain2.test",
                    "--talk", "5", "--deregister"));
            String out = alice.output();
            assertTrue(alice.ok(), out);
            assertTrue(out.contains("INVITE sip:carol@domain2.test: 200 OK"), out);
            assertTrue(out.contains("transferred by the other side to sip:bob@domain1.test: INVITE 200 OK"), out);
            assertTrue(out.contains("call ended by the other side (BYE)"), "carol hung up after the transfer: " + out);
            assertTrue(carol.await("transferred the caller to sip:bob@domain1.test: REFER 202, NOTIFY "
                    + "[SIP/2.0 100 Trying, SIP/2.0 200 OK], BYE 200", 20), carol.output());
            assertTrue(bob.await("incoming call from sip:alice@domain1.test", 20), bob.output());
        } finally {
            carol.finish(60);
            bob.finish(60);
        }
    }
}
