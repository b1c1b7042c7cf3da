package org.imstb.it;

import static org.imstb.it.TwoDomainLab.with;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DefaultHandling of an AS that never answers (TS 24.229 §5.4.3.2, TS 29.228 Annex B): erin's first iFCs name an AS
 * port with no listener. Her MESSAGE (SESSION_CONTINUED) is delivered anyway once the S-CSCF gave up on that AS
 * after isc.asTimeoutMs, through the next iFC's proxy AS; her INVITE to sip:unreachable@... (SESSION_TERMINATED)
 * fails with 504 instead of hanging.
 */
class DefaultHandlingIT {

    @Test
    void sessionContinuedSkipsTheSilentAsAndSessionTerminatedFails() throws Exception {
        TwoDomainLab lab = TwoDomainLab.get();
        TwoDomainLab.Background carol = lab.start("carol-dh", with(lab.register("ue2"), "--wait", "25",
                "--deregister"));
        try {
            assertTrue(carol.await("waiting 25 s", 60), carol.output());
            long since = LabTraces.nowNs();
            ImstbCli.Result erin = lab.run(120, with(lab.registerAs("ue1", "sip:erin@domain1.test", "erin-secret"),
                    "--message", "sip:carol@domain2.test", "--text", "despite the silent AS",
                    "--call", "sip:unreachable@domain1.test", "--deregister"));
            String out = erin.output();
            assertTrue(out.contains("MESSAGE sip:carol@domain2.test: 200"), out);
            assertTrue(carol.await("incoming MESSAGE from sip:erin@domain1.test: despite the silent AS", 20),
                    carol.output());
            assertTrue(out.contains("INVITE sip:unreachable@domain1.test: 504"), out);
            List<LabTraces.Traced> t = LabTraces.read(lab.runDir(), List.of("scscf1", "as1"), since);
            assertNotNull(IscTraces.first(t, IscTraces.sent("scscf1", "MESSAGE", "sip:silent@as1.domain1.test:5999")),
                    "tried the silent AS first: " + IscTraces.dump(t));
            assertNotNull(IscTraces.first(t, IscTraces.received("as1", "MESSAGE", "despite the silent AS")),
                    "then the next iFC's AS: " + IscTraces.dump(t));
        } finally {
            carol.finish(60);
        }
    }
}
