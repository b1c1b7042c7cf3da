package org.imstb.topology.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.imstb.topology.runtime.LabState;
import org.junit.jupiter.api.Test;

class LadderTextTest {
    @Test
    void realRegistrationMatchesTheGoldenLadder() {
        TraceSet lab1 = Traces.loadLab1();
        List<TraceMessage> alice = lab1.messages(new TraceFilter(null, "alice", null, null, null));
        assertEquals(Traces.resource("ladder-alice.txt"), LadderText.render(lab1.columns(alice), alice));
    }

    @Test
    void arrowsBothWaysAcrossColumnsAndToItself() {
        List<NodeInfo> columns = List.of(new NodeInfo("ue1", "ue", "d1", "domain1.test", 0),
                new NodeInfo("pcscf1", "pcscf", "d1", "domain1.test", 0), NodeInfo.unknown("[::1]:5060"));
        List<TraceMessage> messages = List.of(Traces.sip(10, "ue1", "pcscf1", "INVITE"),
                Traces.sip(12, "pcscf1", "ue1", "100", "Trying"),
                Traces.sip(13, "pcscf1", "[::1]:5060", "INVITE"),
                Traces.rtx(Traces.sip(513, "pcscf1", "[::1]:5060", "INVITE")),
                Traces.sip(600, "[::1]:5060", "ue1", "BYE"),
                Traces.sip(601, "pcscf1", "pcscf1", "TIMER"));
        String expected = """
                                domain1.test
                             ue1           pcscf1          [::1]:5060
                        ms    |               |                 |
                     0.000    |-----INVITE--->|                 |
                     2.000    |<--100 Trying--|                 |
                     3.000    |               |------INVITE---->|
                   503.000    |               |---INVITE (rtx)->|
                   590.000    |<--------------BYE---------------|
                   591.000    |               |<-TIMER          |
                              |               |                 |
                """;
        assertEquals(expected, LadderText.render(columns, messages));
    }

    @Test
    void columnsGoDomainByDomainThenSharedNodesThenUnknownPeers() {
        LabState lab = new LabState("t", "local", "x", 0, List.of(
                node("dns", "dns", null, null), node("hss1", "hss", "g1", "domain1.test"),
                node("pcscf2", "pcscf", "g2", "domain2.test"), node("pcscf1", "pcscf", "g1", "domain1.test"),
                node("ue1", "ue", "g1", "domain1.test"), node("ue10", "ue", "g1", "domain1.test"),
                node("ue2", "ue", "g1", "domain1.test"), node("scscf1", "scscf", "g1", "domain1.test")));
        NodeDirectory d = NodeDirectory.of(lab, List.of());
        List<String> names = new java.util.ArrayList<>(List.of("[::1]:5", "dns", "hss1", "pcscf2", "scscf1",
                "pcscf1", "ue10", "ue2", "ue1"));
        names.sort(d.columnOrder());
        assertEquals(List.of("ue1", "ue2", "ue10", "pcscf1", "scscf1", "hss1", "pcscf2", "dns", "[::1]:5"), names);
    }

    @Test
    void emptyTrace() {
        assertEquals("(no messages)\n", LadderText.render(List.of(), List.of()));
    }

    private static LabState.NodeState node(String name, String kind, String group, String domain) {
        return new LabState.NodeState(name, kind, group, domain, null, List.of("net1=::1"), 0, 0, 0, "::1", true,
                null);
    }
}
