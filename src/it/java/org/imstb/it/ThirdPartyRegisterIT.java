package org.imstb.it;

import static org.imstb.it.TwoDomainLab.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Third-party registration (TS 24.229 §5.4.1.7): alice's registration matches the REGISTER iFC of domain1's sample
 * services, so the S-CSCF registers her at as1 itself: From and Contact the S-CSCF, To alice, Expires hers, a
 * multipart body with the iFC's ServiceInfo and our 200 OK to alice (IncludeRegisterResponse); her deregistration
 * sends a REGISTER with Expires 0 on the same Call-ID. The AS answers 200 each time.
 */
class ThirdPartyRegisterIT {

    @Test
    void aliceIsRegisteredAtTheAsAndDeregisteredAgain() throws Exception {
        TwoDomainLab lab = TwoDomainLab.get();
        long since = LabTraces.nowNs();
        ImstbCli.Result alice = lab.run(90, with(lab.register("ue1"), "--deregister"));
        assertTrue(alice.ok(), alice.output());
        List<LabTraces.Traced> t = LabTraces.await(lab.runDir(), List.of("as1", "scscf1"), since,
                IscTraces.received("as1", "REGISTER", "Expires: 0"), 20);
        LabTraces.Traced register = IscTraces.first(t, IscTraces.received("as1", "REGISTER",
                "imstb sample services"));
        assertNotNull(register, IscTraces.dump(t));
        assertTrue(register.summary().startsWith("REGISTER sip:thirdparty@as1.domain1.test"), register.summary());
        assertTrue(register.header("To").contains("sip:alice@domain1.test"), register.message());
        assertTrue(register.header("From").contains("scscf.domain1.test"), register.message());
        assertTrue(register.header("Contact").contains("scscf.domain1.test"), register.message());
        assertTrue(Integer.parseInt(register.header("Expires")) > 0, register.message());
        assertTrue(register.header("Content-Type").startsWith("multipart/mixed"), register.message());
        assertTrue(register.message().contains("<service-info>imstb sample services</service-info>"));
        assertTrue(register.message().contains("Content-Type: message/sip")
                && register.message().contains("SIP/2.0 200 OK"), "our 200 OK to alice: " + register.message());
        assertTrue(t.stream().anyMatch(r -> r.node().equals("scscf1") && r.received()
                && r.summary().startsWith("200 OK (REGISTER)") && r.message().contains("CSeq: " + cseq(register))),
                "as1 accepted: " + IscTraces.dump(t));
        LabTraces.Traced deregister = IscTraces.first(t, IscTraces.received("as1", "REGISTER", "Expires: 0"));
        assertNotNull(deregister, IscTraces.dump(t));
        assertEquals(register.header("Call-ID"), deregister.header("Call-ID"), "one binding per AS and user");
    }

    private static String cseq(LabTraces.Traced t) {
        return t.header("CSeq");
    }
}
