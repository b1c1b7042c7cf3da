package org.imstb.it;

import static org.imstb.it.TwoDomainLab.with;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Calls from domain1 to domain2 on the default topology (TS 24.228 §7.2 / §10.x style, our nodes): UE → P-CSCF →
 * S-CSCF (orig) → its I-CSCF (THIG exit) → I-CSCF of domain2 (found by DNS) → HSS LIR → S-CSCF (term) → P-CSCF → UE,
 * Record-Routed through both P-CSCFs, S-CSCFs and I-CSCFs (hold/resume and BYE along that route set: HoldResumeIT); a
 * tel URI target is resolved by ENUM; busy, not registered and unknown targets get 486, 480 and 404.
 */
class InterDomainCallIT {
    static TwoDomainLab lab;

    @BeforeAll
    static void lab() throws Exception {
        lab = TwoDomainLab.get();
    }

    @Test
    void aTelUriIsResolvedByEnum() throws Exception {
        TwoDomainLab.Background carol = lab.start("carol-tel", with(lab.register("ue2"), "--wait", "20",
                "--deregister"));
        try {
            assertTrue(carol.await("waiting 20 s", 60), carol.output());
            ImstbCli.Result alice = lab.run(90, with(lab.register("ue1"), "--call", "tel:+15552001", "--talk", "0",
                    "--deregister"));
            assertTrue(alice.ok() && alice.output().contains("INVITE tel:+15552001: 200 OK"), alice.output());
            assertTrue(carol.await("(P-Called-Party-ID sip:carol@domain2.test): answered 200", 20), carol.output());
        } finally {
            carol.finish(60);
        }
    }

    @Test
    void busyNotRegisteredAndUnknownTargets() throws Exception {
        TwoDomainLab.Background dave = lab.start("dave-busy", with(lab.registerAs("ue2", "sip:dave@domain2.test",
                "dave-secret"), "--busy", "--wait", "20", "--deregister"));
        try {
            assertTrue(dave.await("waiting 20 s", 60), dave.output());
            ImstbCli.Result busy = lab.run(90, with(lab.register("ue1"), "--call", "sip:dave@domain2.test",
                    "--deregister"));
            assertTrue(busy.output().contains("INVITE sip:dave@domain2.test: 486"), busy.output());
        } finally {
            dave.finish(60);
        }
        ImstbCli.Result notRegistered = lab.run(90, with(lab.register("ue1"), "--call", "sip:dave@domain2.test",
                "--deregister"));
        assertTrue(notRegistered.output().contains("INVITE sip:dave@domain2.test: 480"), notRegistered.output());
        ImstbCli.Result unknown = lab.run(90, with(lab.register("ue1"), "--call", "sip:nobody@domain2.test",
                "--deregister"));
        assertTrue(unknown.output().contains("INVITE sip:nobody@domain2.test: 404"), unknown.output());
    }
}
