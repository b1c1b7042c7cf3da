package org.imstb.it;

import static org.imstb.it.TwoDomainLab.with;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Privacy (RFC 3323/3325, TS 24.229): the P-Asserted-Identity that pcscf1 asserts for alice travels through both
 * operators (one trust domain in the default topology); with {@code Privacy: id} the terminating P-CSCF withholds it
 * from carol's UE, which then only has the From; without privacy carol sees the asserted identity.
 */
class PrivacyIT {
    static TwoDomainLab lab;

    @BeforeAll
    static void lab() throws Exception {
        lab = TwoDomainLab.get();
    }

    @Test
    void privacyIdWithholdsTheAssertedIdentityFromTheCallee() throws Exception {
        long since = LabTraces.nowNs();
        TwoDomainLab.Background carol = lab.start("carol-privacy", with(lab.register("ue2"), "--wait", "30",
                "--deregister"));
        try {
            assertTrue(carol.await("waiting 30 s", 60), carol.output());
            ImstbCli.Result hidden = lab.run(90, with(lab.register("ue1"), "--call", "sip:carol@domain2.test",
                    "--privacy", "id", "--talk", "0", "--deregister"));
            assertTrue(hidden.ok() && hidden.output().contains("INVITE sip:carol@domain2.test: 200 OK"),
                    hidden.output());
            assertTrue(carol.await("incoming call from sip:alice@domain1.test (no P-Asserted-Identity) to ", 20),
                    carol.output());

            ImstbCli.Result open = lab.run(90, with(lab.register("ue1"), "--call", "sip:carol@domain2.test",
                    "--talk", "0", "--deregister"));
            assertTrue(open.ok(), open.output());
            assertTrue(carol.await("incoming call from sip:alice@domain1.test to ", 20), carol.output());
        } finally {
            carol.finish(60);
        }
        // inside the trust domain the identity travelled with the private call; only the hop to the UE lost it
        List<LabTraces.Traced> d2 = LabTraces.read(lab.runDir(), List.of("scscf2", "pcscf2"), since);
        LabTraces.Traced atPcscf2 = d2.stream().filter(t -> t.node().equals("pcscf2") && t.received()
                && t.summary().startsWith("INVITE") && "id".equals(t.header("Privacy"))).findFirst()
                .orElseThrow(() -> new AssertionError("no private INVITE at pcscf2"));
        assertNotNull(atPcscf2.header("P-Asserted-Identity"), atPcscf2.message());
        LabTraces.Traced toCarol = d2.stream().filter(t -> t.node().equals("pcscf2") && !t.received()
                && t.summary().startsWith("INVITE") && "id".equals(t.header("Privacy"))).findFirst()
                .orElseThrow(() -> new AssertionError("no private INVITE from pcscf2"));
        assertNull(toCarol.header("P-Asserted-Identity"), toCarol.message());
        assertFalse(d2.stream().filter(t -> t.node().equals("pcscf2") && !t.received()
                && t.summary().startsWith("INVITE") && t.header("Privacy") == null)
                .anyMatch(t -> t.header("P-Asserted-Identity") == null), "without privacy the UE gets the identity");
    }
}
