package org.imstb.it;

import static org.imstb.it.TwoDomainLab.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forking (RFC 3261 §16.7, TS 24.229 §5.4.3.3): carol is registered from two UEs (two contacts of one public
 * identity); domain2's S-CSCF sends alice's INVITE to both, one answers 486 Busy Here and the other 200 OK; the 486 is
 * not relayed while a branch is still pending and the caller gets the 200.
 */
class ForkingIT {

    @Test
    void aCallToTwoContactsIsAnsweredByTheOneThatIsFree() throws Exception {
        TwoDomainLab lab = TwoDomainLab.get();
        TwoDomainLab.Background busy = lab.start("carol-busy", with(lab.register("ue2"), "--busy", "--wait", "25",
                "--deregister"));
        TwoDomainLab.Background free = lab.start("carol-free", with(lab.register("ue2"), "--wait", "25",
                "--deregister"));
        try {
            assertTrue(busy.await("waiting 25 s", 60), busy.output());
            assertTrue(free.await("waiting 25 s", 60), free.output());
            long since = LabTraces.nowNs();
            ImstbCli.Result alice = lab.run(90, with(lab.register("ue1"), "--call", "sip:carol@domain2.test",
                    "--talk", "0", "--deregister"));
            assertTrue(alice.ok() && alice.output().contains("INVITE sip:carol@domain2.test: 200 OK"),
                    alice.output());
            assertTrue(busy.await("answered 486", 20), busy.output());
            assertTrue(free.await("answered 200", 20), free.output());
            List<LabTraces.Traced> t = LabTraces.read(lab.runDir(), List.of("scscf2"), since);
            List<String> targets = t.stream().filter(IscTraces.sent("scscf2", "INVITE"))
                    .map(LabTraces.Traced::summary).distinct().toList();
            assertEquals(2, targets.size(), "one branch per contact: " + IscTraces.dump(t));
            assertTrue(alice.output().lines().noneMatch(l -> l.contains("486")),
                    "the busy branch's 486 never reached the caller: " + alice.output());
        } finally {
            busy.finish(60);
            free.finish(60);
        }
    }
}
