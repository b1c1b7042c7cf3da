package org.imstb.it;

import static org.imstb.it.TwoDomainLab.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imstb.topology.runtime.LabState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Topology hiding between the two operators (THIG at each I-CSCF, on in the default topology) and the charging vector
 * carried end to end, checked on the wire: alice (domain1) calls carol (domain2), holds, resumes and hangs up; no
 * message any node of one operator received names an internal node of the other (host name, and on netns its
 * address); P-Charging-Vector keeps one icid from pcscf1 to pcscf2 (and in the dialog's BYE), gains orig-ioi at
 * scscf1 and term-ioi at scscf2, and never reaches a UE.
 */
class ThigIT {
    static TwoDomainLab lab;

    @BeforeAll
    static void lab() throws Exception {
        lab = TwoDomainLab.get();
    }

    private List<String> nodesOf(String domain) {
        return lab.state().nodes().stream().filter(n -> domain.equals(n.domain()) && n.process())
                .map(LabState.NodeState::name).toList();
    }

    /** Host names and (on netns) addresses of {@code domain}'s P-CSCF and S-CSCF: what the other side must not see. */
    private List<Pattern> internals(String domain) throws java.net.UnknownHostException {
        List<Pattern> out = new ArrayList<>();
        for (LabState.NodeState n : lab.state().nodes()) {
            if (domain.equals(n.domain()) && (n.kind().equals("pcscf") || n.kind().equals("scscf"))) {
                out.add(Pattern.compile(Pattern.quote(n.host()), Pattern.CASE_INSENSITIVE));
                if ("netns".equals(lab.runtime())) {
                    for (String attachment : n.addresses()) {
                        String a = attachment.replaceFirst("^[^=]*=", ""); // net1=fd00:0:0:1::12
                        String full = java.net.InetAddress.getByName(a).getHostAddress().replaceFirst("%.*$", "");
                        out.add(Pattern.compile("(?<![0-9a-f:])(" + Pattern.quote(a) + "|" + Pattern.quote(full)
                                + ")(?![0-9a-f])", Pattern.CASE_INSENSITIVE));
                    }
                }
            }
        }
        return out;
    }

    private static void assertNothingLeaks(List<LabTraces.Traced> received, List<Pattern> hidden, String side) {
        assertFalse(received.isEmpty(), side + " received nothing");
        for (LabTraces.Traced t : received) {
            for (Pattern p : hidden) {
                assertFalse(p.matcher(t.message()).find(), side + " node " + t.node() + " received " + p.pattern()
                        + " in:\n" + t.message());
            }
        }
    }

    @Test
    void noInternalNameCrossesAndTheChargingVectorGoesEndToEnd() throws Exception {
        long since = LabTraces.nowNs();
        TwoDomainLab.Background carol = lab.start("carol-thig", with(lab.register("ue2"), "--wait", "25",
                "--deregister"));
        String alice;
        try {
            assertTrue(carol.await("waiting 25 s", 60), carol.output());
            ImstbCli.Result call = lab.run(90, with(lab.register("ue1"), "--call", "sip:carol@domain2.test", "--hold",
                    "--deregister"));
            alice = call.output();
            assertTrue(call.ok(), alice);
            assertTrue(alice.contains("re-INVITE hold: 200 (answer recvonly)"), alice);
            assertTrue(alice.contains("re-INVITE resume: 200 (answer sendrecv)"), alice);
            assertTrue(alice.contains("BYE: 200"), alice);
            assertTrue(carol.await("call ended by the other side (BYE)", 20), carol.output());
        } finally {
            carol.finish(60);
        }
        // alice's route set: domain2 is one token entry at its I-CSCF, domain1 is in clear behind its own I-CSCF
        assertTrue(alice.matches("(?s).*Record-Route: +\\[<sip:[A-Za-z0-9_-]+@icscf\\.domain2\\.test[^>]*>, "
                + "<sip:thig@icscf\\.domain1\\.test[^>]*>, <sip:mo@scscf\\.domain1\\.test[^>]*>, "
                + "<sip:orig@pcscf\\.domain1\\.test[^>]*>].*"), alice);

        List<String> domain1 = nodesOf("domain1.test");
        List<String> domain2 = nodesOf("domain2.test");
        List<LabTraces.Traced> all = LabTraces.await(lab.runDir(), domain2, since,
                t -> t.received() && t.summary().startsWith("BYE"), 10);
        assertNothingLeaks(all.stream().filter(LabTraces.Traced::received).toList(), internals("domain1.test"),
                "domain2");
        List<LabTraces.Traced> all1 = LabTraces.read(lab.runDir(), domain1, since);
        assertNothingLeaks(all1.stream().filter(LabTraces.Traced::received).toList(), internals("domain2.test"),
                "domain1");
        // every hop of the dialog was seen by both borders
        for (String method : List.of("INVITE", "ACK", "BYE")) {
            assertTrue(all.stream().anyMatch(t -> t.node().equals("icscf2") && t.received()
                    && t.summary().startsWith(method)), method + " through icscf2");
        }

        // P-Charging-Vector: one icid, orig-ioi from domain1, term-ioi from domain2, never towards a UE
        LabTraces.Traced sentByPcscf1 = first(all1, "pcscf1", "OUT", "INVITE sip:carol@domain2.test");
        String icid = icid(sentByPcscf1.header("P-Charging-Vector"));
        assertNotNull(icid, sentByPcscf1.message());
        LabTraces.Traced atScscf2 = first(all, "scscf2", "IN", "INVITE sip:carol@domain2.test");
        String pcv2 = atScscf2.header("P-Charging-Vector");
        assertEquals(icid, icid(pcv2), pcv2);
        assertTrue(pcv2.contains("orig-ioi=domain1.test"), pcv2);
        LabTraces.Traced okAtScscf1 = first(all1, "scscf1", "IN", "200 OK (INVITE)");
        String pcvOk = okAtScscf1.header("P-Charging-Vector");
        assertEquals(icid, icid(pcvOk), okAtScscf1.message());
        assertTrue(pcvOk.contains("orig-ioi=domain1.test") && pcvOk.contains("term-ioi=domain2.test"), pcvOk);
        assertEquals(null, first(all, "pcscf2", "OUT", "INVITE sip:").header("P-Charging-Vector"),
                "the vector stays inside the IMS");
        assertEquals(null, first(all1, "pcscf1", "OUT", "200 OK (INVITE)").header("P-Charging-Vector"));
        // inside the dialog, alice's P-CSCF puts the dialog's icid into her requests again (TS 24.229 §5.2.7)
        String byeVector = first(all1, "pcscf1", "OUT", "BYE").header("P-Charging-Vector");
        assertEquals(icid, icid(byeVector), "BYE from pcscf1: " + byeVector);
        assertEquals(icid, icid(first(all, "scscf2", "IN", "BYE").header("P-Charging-Vector")), "BYE at scscf2");
        assertEquals(null, first(all, "pcscf2", "OUT", "BYE").header("P-Charging-Vector"), "never to a UE");
    }

    private static LabTraces.Traced first(List<LabTraces.Traced> records, String node, String direction,
            String summaryPrefix) {
        return records.stream().filter(t -> t.node().equals(node) && t.direction().equals(direction)
                && t.summary().startsWith(summaryPrefix)).findFirst().orElseThrow(() -> new AssertionError(
                        "no " + direction + " " + summaryPrefix + " at " + node));
    }

    private static String icid(String pcv) {
        if (pcv == null) {
            return null;
        }
        Matcher m = Pattern.compile("icid-value=\"?([^;\"\\s]+)").matcher(pcv);
        return m.find() ? m.group(1) : null;
    }
}
