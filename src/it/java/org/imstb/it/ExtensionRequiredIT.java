package org.imstb.it;

import static org.imstb.it.TwoDomainLab.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.imstb.it.SippLab.Side;
import org.imstb.topology.runtime.LabState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 421 Extension Required (RFC 3261 §21.4.15, RFC 3312 §11, RFC 3262), end to end with an independent client: SIPp,
 * registered as bob@domain1.test from ue1 (SIP Digest), calls carol (the scriptable UE registered from ue2) across
 * both operators with {@code Require: precondition}, an SDP offer with QoS preconditions ({@code a=curr:qos},
 * {@code a=des:qos}) and no 100rel in Supported or Require. The precondition flow needs a reliable 183, so carol
 * refuses with 421 carrying {@code Require: 100rel}; it reaches SIPp through the six proxies, SIPp ACKs it (hop by
 * hop: pcscf1 takes that ACK) and deregisters; carol shows no answered call. Addresses, ports and SIPp quirks: see
 * SippCallIT and {@link SippLab}.
 */
class ExtensionRequiredIT {
    @TempDir
    static Path dir;
    static TwoDomainLab lab;
    static LabState state;

    @BeforeAll
    static void lab() throws Exception {
        assumeTrue(SippFiles.onPath(SippLab.SIPP),
                "SIPp is not installed: install the Debian package sip-tester (binary sipp)");
        lab = TwoDomainLab.get();
        state = lab.state();
    }

    @Test
    void preconditionsWithout100relAreRefusedWith421() throws Exception {
        Path work = Files.createTempDirectory(dir, "ext-");
        Path uacXml = SippFiles.resource("uac-421-bob.xml", work);
        Side bob = Side.of(state, "ue1", "pcscf1");
        TwoDomainLab.Background carol = lab.start("carol-421", with(lab.register("ue2"), "--wait", "25",
                "--deregister"));
        int uac;
        long since;
        String carolOut;
        try {
            assertTrue(carol.await("waiting 25 s", 60), carol.output());
            since = LabTraces.nowNs();
            List<String> call = bob.local(uacXml);
            call.addAll(List.of("-key", "pcscf_uri", bob.pcscfUri(), "-au", "bob@domain1.test", "-ap", "bob-secret",
                    "-auth_uri", "domain1.test"));
            uac = SippLab.run(state, work, "bob-uac", bob, SippLab.withRemote(call, bob.remote()), 60);
        } finally {
            carolOut = carol.finish(60);
        }
        int uacExit = uac;
        String out = carolOut;
        assertEquals(0, uacExit, () -> "SIPp UAC (bob) exited with " + uacExit + "\n" + report(work, out));
        String logs = SippLab.logs(work);
        assertTrue(logs.contains("registered, Service-Route "), () -> logs + report(work, out));
        assertTrue(logs.contains("421 for 10 INVITE with Require: 100rel"), () -> logs + report(work, out));
        assertTrue(logs.contains("deregistered, 200 for 20 REGISTER"), () -> logs + report(work, out));
        assertTrue(out.contains("waiting 25 s"), out);
        assertFalse(out.contains("incoming call") || out.contains("answered"), "carol answered no call: " + out);

        // the 421 is carol's (no proxy makes one): pcscf2 got it from her; pcscf1 passed it on and took bob's ACK
        List<LabTraces.Traced> t = LabTraces.await(lab.runDir(), List.of("pcscf1", "pcscf2"), since,
                IscTraces.received("pcscf1", "ACK"), 10);
        assertNotNull(IscTraces.first(t, r -> r.node().equals("pcscf2") && r.received() && r.sip()
                && r.summary().startsWith("421 Extension Required") && "100rel".equals(r.header("Require"))
                && r.header("To").contains(";tag=")), "421 with Require: 100rel and a To tag (RFC 3261 §8.2.6.2): "
                + IscTraces.dump(t));
        assertNotNull(IscTraces.first(t, r -> r.node().equals("pcscf1") && !r.received() && r.sip()
                && r.summary().startsWith("421 ")), IscTraces.dump(t));
        assertNotNull(IscTraces.first(t, IscTraces.received("pcscf1", "ACK")), IscTraces.dump(t));
        assertTrue(t.stream().noneMatch(r -> r.sip() && r.summary().matches("(18[0-9]|200) .*\\(INVITE\\)")),
                "no provisional or 2xx answer to the INVITE: " + IscTraces.dump(t));
    }

    private static String report(Path work, String carolOut) {
        return SippLab.report(work, lab) + "\n--- carol:\n" + carolOut;
    }
}
