package org.imstb.topology.runtime.netns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.imstb.topology.runtime.netns.FabricLayout.Link;
import org.imstb.topology.runtime.netns.FabricLayout.Node;
import org.imstb.topology.runtime.netns.FabricPlan.Member;
import org.imstb.topology.runtime.netns.FabricPlan.Net;
import org.imstb.topology.runtime.netns.FabricPlan.Port;
import org.imstb.topology.runtime.netns.FabricPlan.Shaping;
import org.junit.jupiter.api.Test;

/** Naming and validation of a plan, without root. */
class NetnsLayoutTest {
    static final Net A = new Net("a", "fd00:0:0:1::/64");
    static final Net B = new Net("b", "fd00:0:0:2::/64");

    static Member member(String node, Port... ports) {
        return new Member(node, List.of(ports), null, false, null, null, null);
    }

    static FabricPlan plan(String lab, List<Net> nets, Member... members) {
        return new FabricPlan(lab, "fd00:0:0:ff::/64", nets, List.of(members));
    }

    @Test
    void publicNamesFollowTheConvention() {
        assertEquals("imstb-lab1-pcscf1", NetnsFabric.namespace("lab1", "pcscf1"));
        assertEquals("imstb-lab1-sw", NetnsFabric.switchNamespace("lab1"));
        assertEquals("domain1", NetnsFabric.bridge("domain1"));
        assertEquals("a-very-long-net", NetnsFabric.bridge("a-very-long-network-name"));
        assertEquals(List.of("ip", "netns", "exec", "imstb-lab1-hss"), NetnsFabric.execPrefix("lab1", "hss"));
        assertEquals("lab1-mgmt", FabricNames.hostLink("lab1"));
        assertEquals("abcdefghij-mgmt".length(), FabricNames.hostLink("abcdefghij").length());
    }

    @Test
    void badLabAndNodeNamesAreRejected() {
        for (String lab : new String[] {"", "1lab", "Lab", "lab-1", "abcdefghijk", "a b", null}) {
            assertThrows(IllegalArgumentException.class, () -> NetnsFabric.namespace(lab, "x"), "lab " + lab);
            assertThrows(IllegalArgumentException.class, () -> NetnsFabric.destroy(lab), "lab " + lab);
        }
        for (String node : new String[] {"", "-x", "X", "a_b", "a.b", "abcdefghijabcdefghijk", "sw", null}) {
            assertThrows(IllegalArgumentException.class, () -> NetnsFabric.namespace("lab", node), "node " + node);
        }
        assertEquals("imstb-l-a-b", NetnsFabric.namespace("l", "a-b"));
        assertThrows(IllegalArgumentException.class, () -> NetnsFabric.bridge("a b"));
        assertThrows(IllegalArgumentException.class, () -> NetnsFabric.bridge("a/b"));
    }

    @Test
    void portsAreNamedInOrderOnBothSides() {
        FabricLayout layout = FabricLayout.of(plan("lab", List.of(A, B),
                member("r", new Port("a", "fd00:0:0:1::1", null), new Port("b", "fd00:0:0:2::1", null))));
        Node r = layout.node("r");
        assertEquals("imstb-lab-r", r.namespace());
        assertEquals(List.of("eth0", "eth1"), r.links().stream().map(Link::memberIf).toList());
        assertEquals(List.of("r-0", "r-1"), r.links().stream().map(Link::switchIf).toList());
        assertEquals(List.of("a", "b"), r.links().stream().map(Link::bridge).toList());
        assertEquals("fd00:0:0:2::1/64", r.links().get(1).address());
        assertEquals("r-m", r.mgmtSwitchIf());
        assertEquals("fd00:0:0:ff::1/64", layout.hostAddress);
        assertEquals(List.of("imstb-lab-sw", "imstb-lab-r"), layout.namespaces());
    }

    @Test
    void truncatedNamesStayUniqueAndShort() {
        Net longNet = new Net("a-network-with-a-long-name", "fd00:0:0:3::/64");
        List<Member> members = new ArrayList<>();
        for (String node : List.of("pcscf-domain1", "pcscf-domain2", "pcscf-dom1", "pcscf-doma", "x")) {
            members.add(member(node, new Port("a", "fd00:0:0:1::" + (members.size() + 2), null),
                    new Port(longNet.name(), "fd00:0:0:3::" + (members.size() + 2), null)));
        }
        // a network whose name looks like a port name
        Net tricky = new Net("x-m", "fd00:0:0:4::/64");
        FabricLayout layout = FabricLayout.of(new FabricPlan("abcdefghij", "fd00:0:0:ff", List.of(A, longNet, tricky),
                members));
        Set<String> switchNames = new HashSet<>(List.of("mgmt", "mgmt-host"));
        switchNames.addAll(layout.bridges.values());
        int expected = switchNames.size();
        for (Node n : layout.nodes) {
            for (Link l : n.links()) {
                assertTrue(l.switchIf().length() <= 15, l.switchIf());
                assertTrue(switchNames.add(l.switchIf()), "duplicate " + l.switchIf());
            }
            assertTrue(switchNames.add(n.mgmtSwitchIf()), "duplicate " + n.mgmtSwitchIf());
            expected += n.links().size() + 1;
        }
        assertEquals(expected, switchNames.size());
        assertEquals("pcscf-doma-0", layout.node("pcscf-domain1").links().get(0).switchIf());
        assertEquals("pcscf-dom1-0", layout.node("pcscf-domain2").links().get(0).switchIf());
        assertEquals("a-network-with", layout.node("x").links().get(1).bridge().substring(0, 14));
        assertEquals("x1-m", layout.node("x").mgmtSwitchIf(), "x-m is taken by a bridge");
        assertTrue(FabricNames.hostLink(layout.lab).length() <= 15);
    }

    @Test
    void longNodeNamesAndManyPortsStayWithinFifteen() {
        List<Port> ports = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            ports.add(new Port("a", "fd00:0:0:1::" + Integer.toHexString(i + 2), null));
        }
        Node n = FabricLayout.of(plan("lab", List.of(A), member("abcdefghijklmnop", ports.toArray(Port[]::new))))
                .node("abcdefghijklmnop");
        assertEquals("abcdefghij-119", n.links().get(119).switchIf());
        assertEquals("eth119", n.links().get(119).memberIf());
    }

    @Test
    void planErrorsAreReportedBeforeAnythingIsBuilt() {
        Port onA = new Port("a", "fd00:0:0:1::10", null);
        assertThrows(IllegalArgumentException.class, () -> FabricLayout.of(plan("Bad", List.of(A), member("x", onA))));
        assertThrows(IllegalArgumentException.class, () -> FabricLayout.of(plan("lab", List.of(A), member("X", onA))));
        assertThrows(IllegalArgumentException.class,
                () -> FabricLayout.of(plan("lab", List.of(A), member("x", onA), member("x", onA))), "duplicate");
        assertThrows(IllegalArgumentException.class,
                () -> FabricLayout.of(plan("lab", List.of(A), member("x", new Port("c", "fd00:0:0:1::10", null)))));
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
                () -> FabricLayout.of(plan("lab", List.of(A), member("x", new Port("a", "fd00:0:0:2::10", null)))));
        assertTrue(outside.getMessage().contains("x:a"), outside.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> FabricLayout.of(plan("lab", List.of(A), member("x", new Port("a", "10.0.0.1", null)))));
        assertThrows(IllegalArgumentException.class,
                () -> FabricLayout.of(plan("lab", List.of(A), member("x", new Port("a", "host.example", null)))));
        assertThrows(IllegalArgumentException.class, () -> FabricLayout.of(plan("lab", List.of(A),
                new Member("x", List.of(onA), "fd00:0:0:2::1", false, null, null, null))), "gateway off-link");
        assertThrows(IllegalArgumentException.class, () -> FabricLayout.of(plan("lab", List.of(A),
                new Member("x", List.of(onA), null, false, "fd00:0:0:fe::1", null, null))), "mgmt outside");
        assertThrows(IllegalArgumentException.class,
                () -> FabricLayout.of(plan("lab", List.of(new Net("mgmt", "fd00:0:0:9::/64")))), "reserved");
        assertThrows(IllegalArgumentException.class, () -> FabricLayout.of(plan("lab",
                List.of(new Net("same-first-fifteen-1", "fd00::/64"), new Net("same-first-fifteen-2", "fd01::/64")))));
        assertThrows(IllegalArgumentException.class, () -> FabricLayout.of(plan("lab", List.of(A),
                member("x", new Port("a", "fd00:0:0:1::10", new Shaping("fast", null, null))))));
        assertThrows(IllegalArgumentException.class, () -> FabricLayout.of(plan("lab", List.of(A),
                member("x", new Port("a", "fd00:0:0:1::10", new Shaping(null, "20ms; reboot", null))))));
        assertThrows(IllegalArgumentException.class, () -> FabricLayout.of(plan("lab", List.of(A),
                member("x", new Port("a", "fd00:0:0:1::10", new Shaping(null, null, "5"))))));
        assertThrows(IllegalArgumentException.class,
                () -> FabricLayout.of(new FabricPlan("lab", null, List.of(A), List.of())), "mgmt prefix");
    }

    @Test
    void ipv6PrefixesAndFormatting() {
        assertEquals("fd00:0:0:ff::1", Ipv6.prefix("fd00:0:0:ff::/64", "t").firstHost());
        assertEquals("fd00:0:0:ff::1", Ipv6.prefix("fd00:0:0:ff", "t").firstHost());
        assertEquals("fd00:0:0:ff::1", Ipv6.prefix("fd00:0:0:ff::abc/64", "t").firstHost());
        assertEquals("fd00:1:2:3:4:5:6:1", Ipv6.prefix("fd00:1:2:3:4:5:6:7/112", "t").firstHost());
        assertEquals("::1", Ipv6.format(Ipv6.parse("::1", "t")));
        assertEquals("fd00::1:0:0:1", Ipv6.format(Ipv6.parse("fd00:0:0:0:1:0:0:1", "t")));
        assertTrue(Ipv6.prefix("fd00:0:0:1::/64", "t").contains(Ipv6.parse("fd00:0:0:1:ffff::1", "t")));
        assertThrows(IllegalArgumentException.class, () -> Ipv6.prefix("fd00::/129", "t"));
        assertThrows(IllegalArgumentException.class, () -> Ipv6.prefix("fd00::/x", "t"));
    }
}
