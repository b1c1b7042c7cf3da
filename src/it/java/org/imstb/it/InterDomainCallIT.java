package org.imstb.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Calls from domain1 to domain2 on the default topology (TS 24.228 §7.2 / §10.x style, our nodes): UE → P-CSCF →
 * S-CSCF (orig) → its I-CSCF (THIG exit) → I-CSCF of domain2 (found by DNS) → HSS LIR → S-CSCF (term) → P-CSCF → UE,
 * Record-Routed through both P-CSCFs, S-CSCFs and I-CSCFs; re-INVITE hold/resume and BYE follow the route set; a tel
 * URI target is resolved by ENUM; busy, not registered and unknown targets get 486, 480 and 404.
 */
class InterDomainCallIT {
    static TwoDomainLab lab;

    @BeforeAll
    static void lab() throws Exception {
        lab = TwoDomainLab.get();
    }

    private static List<String> with(List<String> args, String... more) {
        List<String> out = new ArrayList<>(args);
        out.addAll(List.of(more));
        return out;
    }

    @Test
    void aliceCallsCarolHoldsResumesAndHangsUp() throws Exception {
        TwoDomainLab.Background carol = lab.start("carol", with(lab.register("ue2"), "--wait", "25", "--deregister"));
        try {
            assertTrue(carol.await("waiting 25 s", 60), carol.output());
            ImstbCli.Result alice = lab.run(90, with(lab.register("ue1"), "--call", "sip:carol@domain2.test", "--hold",
                    "--deregister"));
            String out = alice.output();
            assertTrue(alice.ok(), out);
            assertTrue(out.contains("INVITE sip:carol@domain2.test: 200 OK"), out);
            assertTrue(out.matches("(?s).*provisional \\[[^]]*180[^]]*].*"), "180 Ringing reached the caller: " + out);
            // with topology hiding (on in the default topology) domain2's P-CSCF and S-CSCF are one token entry at
            // its I-CSCF; domain1's stay in the clear behind its own I-CSCF, the exit (ThigIT checks the wire)
            assertTrue(out.matches("(?s).*Record-Route: +\\[<sip:[A-Za-z0-9_-]+@icscf\\.domain2\\.test[^>]*>, "
                    + "<sip:thig@icscf\\.domain1\\.test[^>]*>, <sip:mo@scscf\\.domain1\\.test[^>]*>, "
                    + "<sip:orig@pcscf\\.domain1\\.test[^>]*>].*"), "both operators' CSCFs stay on the path: " + out);
            assertTrue(out.contains("re-INVITE hold: 200 (answer recvonly)"), out);
            assertTrue(out.contains("re-INVITE resume: 200 (answer sendrecv)"), out);
            assertTrue(out.contains("BYE: 200"), out);
            assertTrue(carol.await("call ended by the other side (BYE)", 20), carol.output());
            String in = carol.output();
            assertTrue(in.contains("incoming call from sip:alice@domain1.test"), "P-Asserted-Identity of alice: " + in);
            assertTrue(in.contains("(P-Called-Party-ID sip:carol@domain2.test): answered 200"), in);
        } finally {
            carol.finish(60);
        }
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
