package org.imstb.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * MESSAGE page mode (RFC 3428) across operators: bob (SIP Digest, domain1) writes to carol's number; the originating
 * S-CSCF turns tel:+15552001 into sip:carol@domain2.test by ENUM, domain2's I-CSCF finds carol's S-CSCF, carol's UE
 * answers 200 and shows who wrote (P-Asserted-Identity asserted by domain1's P-CSCF, not the From the UE chose).
 */
class MessagingIT {

    @Test
    void bobMessagesCarolsNumber() throws Exception {
        TwoDomainLab lab = TwoDomainLab.get();
        List<String> carolArgs = new ArrayList<>(lab.register("ue2"));
        carolArgs.addAll(List.of("--wait", "20", "--deregister"));
        TwoDomainLab.Background carol = lab.start("carol-msg", carolArgs);
        try {
            assertTrue(carol.await("waiting 20 s", 60), carol.output());
            List<String> bob = new ArrayList<>(lab.registerAs("ue1", "sip:bob@domain1.test", "bob-secret"));
            bob.addAll(List.of("--message", "tel:+15552001", "--text", "lunch at noon?", "--deregister"));
            ImstbCli.Result sent = lab.run(90, bob);
            assertTrue(sent.ok() && sent.output().contains("MESSAGE tel:+15552001: 200"), sent.output());
            assertTrue(carol.await("incoming MESSAGE from sip:bob@domain1.test: lunch at noon?", 20), carol.output());
        } finally {
            carol.finish(60);
        }
    }
}
