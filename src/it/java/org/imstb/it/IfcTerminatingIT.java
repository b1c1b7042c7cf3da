package org.imstb.it;

import static org.imstb.it.TwoDomainLab.with;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Terminating iFCs (TS 24.229 §5.4.3.3): dave (domain2) is not registered but has services, so domain2's I-CSCF
 * gets him an S-CSCF (LIA 2003), which downloads his profile (SAR UNREGISTERED_USER) and runs his
 * terminating-unregistered iFC: a MESSAGE is kept by as2's mailbox (AS acting as terminating UA) instead of failing
 * with 480. A call to him still gets 480: no iFC of his applies to an INVITE while he is unregistered.
 */
class IfcTerminatingIT {

    @Test
    void aMessageToAnUnregisteredUserIsKeptByHisMailbox() throws Exception {
        TwoDomainLab lab = TwoDomainLab.get();
        long since = LabTraces.nowNs();
        ImstbCli.Result alice = lab.run(90, with(lab.register("ue1"), "--message", "sip:dave@domain2.test",
                "--text", "call me back", "--call", "sip:dave@domain2.test", "--deregister"));
        assertTrue(alice.output().contains("MESSAGE sip:dave@domain2.test: 200"), alice.output());
        assertTrue(alice.output().contains("INVITE sip:dave@domain2.test: 480"), alice.output());
        List<LabTraces.Traced> t = LabTraces.read(lab.runDir(), List.of("as2", "scscf2"), since);
        LabTraces.Traced atAs = IscTraces.first(t, IscTraces.received("as2", "MESSAGE", "call me back"));
        assertNotNull(atAs, IscTraces.dump(t));
        String served = atAs.header("P-Served-User");
        assertTrue(served.startsWith("<sip:dave@domain2.test>;") && served.contains("sescase=term")
                && served.contains("regstate=unreg"), atAs.message());
        assertTrue(atAs.message().matches("(?s).*Route: .*<sip:term@scscf\\.domain2\\.test[^>]*;odi=[^>]+>.*"),
                atAs.message());
        assertTrue(t.stream().anyMatch(r -> r.node().equals("scscf2") && r.summary().startsWith("SAR")
                && r.message().contains("Server-Assignment-Type = 3")),
                "profile downloaded (SAR UNREGISTERED_USER) for an unregistered user: " + IscTraces.dump(t));
    }
}
