package org.imstb.topology.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashSet;
import java.util.Set;
import org.imstb.topology.file.NodeKind;
import org.imstb.topology.file.TopologyLoader;
import org.imstb.topology.runtime.LocalRuntime;
import org.imstb.topology.runtime.NetnsRuntime;
import org.junit.jupiter.api.Test;

class LabPlannerTest {

    @Test
    void netnsPlacesEachNodeOnItsNetworkWithTheStandardPorts() {
        Lab lab = LabPlanner.plan(TopologyLoader.defaultTopology(), null, new NetnsRuntime().addressing("ims"));
        assertEquals(18, lab.nodes().size());
        LabNode pcscf1 = lab.node("pcscf1");
        assertEquals("fd00:0:0:1::10", pcscf1.address());
        assertEquals("pcscf.domain1.test", pcscf1.host());
        assertEquals(5060, pcscf1.sipPort());
        assertEquals("fd00:0:0:2::13", lab.node("hss2").address());
        assertEquals(3868, lab.node("hss2").diameterPort());
        assertEquals("fd00:0:0:3::53", lab.node("dns").address());
        assertEquals(53, lab.node("dns").dnsPort());
        assertEquals("fd00:0:0:1::100", lab.node("ue1").address());
        assertNull(lab.node("ue1").host());
        LabNode as2 = lab.node("as2");
        assertEquals(NodeKind.AS, as2.kind());
        assertEquals("fd00:0:0:2::20", as2.address());
        assertEquals("as2.domain2.test", as2.host(), "an AS is named after its node");
        assertEquals(5060, as2.sipPort());
        assertEquals(3868, as2.diameterPort(), "Sh towards its HSS");
        LabNode router = lab.node("router");
        assertEquals(3, router.ports().size());
        assertEquals("fd00:0:0:3::1", router.ports().get(2).address());
        assertEquals("100mbit", router.ports().get(2).rate());
        Set<String> mgmt = new HashSet<>();
        lab.nodes().forEach(n -> mgmt.add(n.mgmtAddress()));
        assertEquals(18, mgmt.size(), "every node has its own management address");
        assertEquals(NodeKind.SCSCF, lab.first("domain2", NodeKind.SCSCF).orElseThrow().kind());
    }

    @Test
    void secondNodesOfAKindAndFixedAddresses() {
        Lab lab = LabPlanner.plan(TopologyLoader.load(org.imstb.topology.file.TopologyFixtures
                .path("01-one-domain.yaml")), null, new NetnsRuntime().addressing("small"));
        assertEquals("fd00:0:0:a::12", lab.node("scscf1").address());
        assertEquals("fd00:0:0:a::99", lab.node("scscf2").address());
        assertEquals("scscf2.op1.test", lab.node("scscf2").host());
    }

    @Test
    void localPutsEveryNodeOnTheLoopbackWithDistinctPorts() {
        Lab lab = LabPlanner.plan(TopologyLoader.defaultTopology(), null, new LocalRuntime().addressing("ims"));
        Set<Integer> ports = new HashSet<>();
        for (LabNode n : lab.nodes()) {
            assertEquals("::1", n.address(), n.name());
            for (int p : new int[] {n.sipPort(), n.diameterPort(), n.dnsPort()}) {
                if (p != 0) {
                    assertEquals(true, ports.add(p), n.name() + " port " + p + " taken twice");
                }
            }
        }
        assertNotEquals(5060, lab.node("pcscf1").sipPort());
        assertEquals(0, lab.node("pcscf1").mgmtPort());
    }

    @Test
    void theManagementPrefixIsAUlaDerivedFromTheLabName() {
        String a = NetnsRuntime.mgmtBase("ims");
        assertEquals(a, NetnsRuntime.mgmtBase("ims"));
        assertNotEquals(a, NetnsRuntime.mgmtBase("ims2"));
        assertEquals(true, a.matches("fd[0-9a-f]{2}:[0-9a-f]{4}:[0-9a-f]{4}:ffff::"), a);
    }
}
