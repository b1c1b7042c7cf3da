package org.imstb.it;

import static org.imstb.it.TwoDomainLab.with;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Originating iFCs (TS 24.229 §5.4.3.2) with the default topology's sample services and its example AS in three roles:
 * a MESSAGE goes through the AS acting as a proxy (which adds a header) and then on to the callee; an INVITE to
 * sip:voicemail@... is answered by the AS acting as terminating UA; erin's calls go through the AS acting as a routing
 * B2BUA, which places its own call (another Call-ID) back through the S-CSCF; her call to sip:forward@... is
 * redirected by the AS acting as redirect server (302 to the mailbox, which the caller then reaches). Each request the AS gets carries our
 * Route with an original dialog identifier and P-Served-User.
 */
class IfcOriginatingIT {
    private static TwoDomainLab lab;

    @BeforeAll
    static void lab() throws Exception {
        lab = TwoDomainLab.get();
    }

    @Test
    void aMessageGoesThroughTheProxyAsOnItsWay() throws Exception {
        TwoDomainLab.Background carol = lab.start("carol-ifc-msg", with(lab.register("ue2"), "--wait", "20",
                "--deregister"));
        try {
            assertTrue(carol.await("waiting 20 s", 60), carol.output());
            long since = LabTraces.nowNs();
            ImstbCli.Result bob = lab.run(90, with(lab.registerAs("ue1", "sip:bob@domain1.test", "bob-secret"),
                    "--message", "sip:carol@domain2.test", "--text", "via the AS", "--deregister"));
            assertTrue(bob.ok() && bob.output().contains("MESSAGE sip:carol@domain2.test: 200"), bob.output());
            assertTrue(carol.await("incoming MESSAGE from sip:bob@domain1.test: via the AS", 20), carol.output());
            List<LabTraces.Traced> t = LabTraces.await(lab.runDir(), List.of("as1", "scscf1", "pcscf2"), since,
                    IscTraces.sent("pcscf2", "MESSAGE", "X-Imstb-Service: proxy"), 20);
            LabTraces.Traced atAs = IscTraces.first(t, IscTraces.received("as1", "MESSAGE", "via the AS"));
            assertNotNull(atAs, IscTraces.dump(t));
            assertTrue(atAs.header("Route").matches("<sip:proxy@as1\\.domain1\\.test[^>]*;lr>.*"), atAs.message());
            assertTrue(atAs.message().matches("(?s).*Route: .*<sip:orig@scscf\\.domain1\\.test[^>]*;odi=[^>]+>.*"),
                    "the S-CSCF's own Route with an original dialog identifier: " + atAs.message());
            String served = atAs.header("P-Served-User");
            assertTrue(served.startsWith("<sip:bob@domain1.test>;") && served.contains("sescase=orig")
                    && served.contains("regstate=reg"), atAs.message());
            assertNotNull(IscTraces.first(t, IscTraces.sent("pcscf2", "MESSAGE", "X-Imstb-Service: proxy")),
                    "the header the AS added reaches the callee's side: " + IscTraces.dump(t));
            assertTrue(t.stream().filter(IscTraces.sent("pcscf2", "MESSAGE")).noneMatch(
                    r -> r.message().contains("P-Served-User")), "P-Served-User stays in the home network");
        } finally {
            carol.finish(60);
        }
    }

    @Test
    void aCallToTheMailboxIsAnsweredByTheAsActingAsTerminatingUa() throws Exception {
        long since = LabTraces.nowNs();
        ImstbCli.Result alice = lab.run(90, with(lab.register("ue1"), "--call", "sip:voicemail@domain1.test",
                "--talk", "0", "--deregister"));
        assertTrue(alice.ok() && alice.output().contains("INVITE sip:voicemail@domain1.test: 200"), alice.output());
        assertTrue(alice.output().contains("BYE: 200"), alice.output());
        List<LabTraces.Traced> t = LabTraces.read(lab.runDir(), List.of("as1", "icscf1"), since);
        assertNotNull(IscTraces.first(t, IscTraces.received("as1", "INVITE", "sescase=orig")), IscTraces.dump(t));
        assertTrue(t.stream().noneMatch(IscTraces.received("icscf1", "INVITE")),
                "the AS answered: the INVITE never left the S-CSCF for an I-CSCF: " + IscTraces.dump(t));
    }

    @Test
    void erinsCallGoesThroughTheRoutingB2bua() throws Exception {
        TwoDomainLab.Background carol = lab.start("carol-b2bua", with(lab.register("ue2"), "--wait", "25",
                "--deregister"));
        try {
            assertTrue(carol.await("waiting 25 s", 60), carol.output());
            long since = LabTraces.nowNs();
            ImstbCli.Result erin = lab.run(90, with(lab.registerAs("ue1", "sip:erin@domain1.test", "erin-secret"),
                    "--call", "sip:carol@domain2.test", "--talk", "0", "--deregister"));
            assertTrue(erin.ok() && erin.output().contains("INVITE sip:carol@domain2.test: 200"), erin.output());
            assertTrue(carol.await("incoming call from sip:erin@domain1.test", 20), carol.output());
            List<LabTraces.Traced> t = LabTraces.read(lab.runDir(), List.of("as1"), since);
            LabTraces.Traced in = IscTraces.first(t, IscTraces.received("as1", "INVITE", "sip:carol@domain2.test"));
            LabTraces.Traced out = IscTraces.first(t, IscTraces.sent("as1", "INVITE", "sip:carol@domain2.test"));
            assertNotNull(in, IscTraces.dump(t));
            assertNotNull(out, IscTraces.dump(t));
            assertNotEquals(in.header("Call-ID"), out.header("Call-ID"), "a B2BUA's second leg is its own dialog");
            assertTrue(out.header("Route").contains(";odi="), "the second leg goes back to the S-CSCF: " + out.message());
        } finally {
            carol.finish(60);
        }
    }

    @Test
    void theAsActingAsRedirectServerSendsTheCallerToTheMailbox() throws Exception {
        ImstbCli.Result erin = lab.run(90, with(lab.registerAs("ue1", "sip:erin@domain1.test", "erin-secret"),
                "--call", "sip:forward@domain1.test", "--talk", "0", "--deregister"));
        String out = erin.output();
        assertTrue(erin.ok(), out);
        assertTrue(out.matches("(?s).*302 -> sip:voicemail@as1\\.domain1\\.test.*"), out);
        assertTrue(out.contains("INVITE sip:forward@domain1.test: 200 OK"), "the mailbox answered: " + out);
    }
}
