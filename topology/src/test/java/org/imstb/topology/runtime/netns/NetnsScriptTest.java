package org.imstb.topology.runtime.netns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imstb.topology.runtime.netns.FabricPlan.Member;
import org.imstb.topology.runtime.netns.FabricPlan.Net;
import org.imstb.topology.runtime.netns.FabricPlan.Port;
import org.imstb.topology.runtime.netns.FabricPlan.Shaping;
import org.junit.jupiter.api.Test;

/** The batch scripts generated from a plan, without root. */
class NetnsScriptTest {
    private static final Pattern IFNAME = Pattern.compile("(?:name|dev) (\\S+)");

    /** Router r between a and b; x on a behind r, shaped by delay/loss; y on b behind r, rate-limited. */
    static FabricPlan plan() {
        return new FabricPlan("lab", "fd00:0:0:ff::/64",
                List.of(new Net("a", "fd00:0:0:1::/64"), new Net("b", "fd00:0:0:2::/64")),
                List.of(new Member("r", List.of(new Port("a", "fd00:0:0:1::1", null),
                                new Port("b", "fd00:0:0:2::1", null)), null, true, "fd00:0:0:ff::2", null, null),
                        new Member("x", List.of(new Port("a", "fd00:0:0:1::10",
                                new Shaping(null, "20ms", "0.5%"))), "fd00:0:0:1::1", false, "fd00:0:0:ff::3",
                                "fd00:0:0:2::10 y.test\n", "nameserver fd00:0:0:2::53\n"),
                        new Member("y", List.of(new Port("b", "fd00:0:0:2::10",
                                new Shaping("1mbit", "5ms", null))), "fd00:0:0:2::1", false, "fd00:0:0:ff::4",
                                null, null)));
    }

    static FabricScript script(boolean sysctl) {
        return new FabricScript(FabricLayout.of(plan()), sysctl);
    }

    @Test
    void hostBatchAddsNamespacesSysctlsAndTheOnlyHostLink() {
        Batch host = script(true).host();
        assertEquals(List.of("ip", "-batch", "-"), host.command());
        List<String> lines = host.lines();
        assertEquals(List.of("netns add imstb-lab-sw", "netns add imstb-lab-r", "netns add imstb-lab-x",
                "netns add imstb-lab-y"), lines.subList(0, 4));
        assertTrue(lines.contains("netns exec imstb-lab-sw sysctl -qw net.ipv6.conf.all.disable_ipv6=1"
                + " net.ipv6.conf.default.disable_ipv6=1"), lines.toString());
        String r = line(lines, "netns exec imstb-lab-r ");
        assertTrue(r.contains(" net.ipv6.conf.all.forwarding=1"), r);
        assertTrue(r.contains(" net.ipv6.conf.default.accept_dad=0"), r);
        assertTrue(r.contains(" net.ipv6.conf.default.router_solicitations=0"), r);
        assertFalse(line(lines, "netns exec imstb-lab-x ").contains("forwarding"));
        assertTrue(lines.indexOf(r) < lines.indexOf(line(lines, "link add")), "sysctls precede every interface");
        assertTrue(lines.contains("link add name lab-mgmt type veth peer name mgmt-host netns imstb-lab-sw"));
        assertTrue(lines.contains("addr add fd00:0:0:ff::1/64 dev lab-mgmt nodad"));
        assertTrue(lines.contains("link set dev lab-mgmt up"));
        assertEquals(1, lines.stream().filter(l -> l.startsWith("link add")).count(), "one host link only");
    }

    @Test
    void sysctlsFallBackToShellWrites() {
        String r = line(script(false).host().lines(), "netns exec imstb-lab-r ");
        assertTrue(r.startsWith("netns exec imstb-lab-r sh -c \"echo 0 > /proc/sys/net/ipv6/conf/all/accept_dad && "),
                r);
        assertTrue(r.endsWith("echo 1 > /proc/sys/net/ipv6/conf/all/forwarding\""), r);
    }

    @Test
    void switchBatchBuildsFloodingBridgesAndPorts() {
        Batch sw = script(true).switchPorts();
        assertEquals(List.of("ip", "-n", "imstb-lab-sw", "-batch", "-"), sw.command());
        List<String> lines = sw.lines();
        for (String bridge : List.of("mgmt", "a", "b")) {
            assertTrue(lines.contains("link add name " + bridge + " type bridge mcast_snooping 0"), bridge);
            assertTrue(lines.contains("link set dev " + bridge + " up"), bridge);
        }
        assertTrue(lines.contains("link set dev mgmt-host master mgmt up"));
        assertTrue(lines.contains("link add name r-1 type veth peer name eth1 netns imstb-lab-r"));
        assertTrue(lines.contains("link set dev r-1 master b up"));
        assertTrue(lines.contains("link add name y-m type veth peer name mgmt0 netns imstb-lab-y"));
        assertTrue(lines.contains("link set dev y-m master mgmt up"));
        assertNamesFit(lines);
    }

    @Test
    void memberBatchAddressesWithoutDadAndRoutesViaTheGateway() {
        FabricScript script = script(true);
        List<Batch> members = script.members();
        assertEquals(3, members.size());
        Batch x = members.get(1);
        assertEquals(List.of("ip", "-6", "-n", "imstb-lab-x", "-batch", "-"), x.command());
        assertEquals(List.of("link set dev lo up",
                "addr add fd00:0:0:1::10/64 dev eth0 nodad",
                "link set dev eth0 up",
                "addr add fd00:0:0:ff::3/64 dev mgmt0 nodad",
                "link set dev mgmt0 up",
                "route add default via fd00:0:0:1::1 dev eth0"), x.lines());
        Batch r = members.get(0);
        assertTrue(r.lines().stream().noneMatch(l -> l.startsWith("route")), "no gateway, no route");
        assertTrue(r.lines().contains("addr add fd00:0:0:2::1/64 dev eth1 nodad"));
        for (Batch b : members) {
            assertTrue(b.lines().stream().filter(l -> l.startsWith("addr add")).allMatch(l -> l.endsWith(" nodad")));
            assertTrue(b.lines().stream().noneMatch(l -> l.matches(".*\\d+\\.\\d+\\.\\d+\\.\\d+.*")), "no IPv4");
            assertNamesFit(b.lines());
        }
    }

    @Test
    void shapingWithNetemPutsTbfUnderNetem() {
        List<String> warnings = new ArrayList<>();
        Batch tc = script(true).shaping(true, warnings);
        assertEquals(List.of("tc", "-n", "imstb-lab-sw", "-batch", "-"), tc.command());
        assertEquals(List.of(
                "qdisc add dev x-0 root handle 1: netem delay 20ms loss 0.5%",
                "qdisc add dev y-0 root handle 1: netem delay 5ms",
                "qdisc add dev y-0 parent 1:1 handle 10: tbf rate 1mbit burst 3028 latency 100ms"), tc.lines());
        assertTrue(warnings.isEmpty());
    }

    @Test
    void withoutNetemDelayAndLossAreDroppedWithAWarningButTheRateStays() {
        List<String> warnings = new ArrayList<>();
        Batch tc = script(true).shaping(false, warnings);
        assertEquals(List.of("qdisc add dev y-0 root handle 10: tbf rate 1mbit burst 3028 latency 100ms"),
                tc.lines());
        assertEquals(List.of("sch_netem is not available on this kernel: delay/loss on x:a ignored",
                "sch_netem is not available on this kernel: delay/loss on y:b ignored"), warnings);
    }

    @Test
    void noShapingNoTcProcess() {
        FabricPlan bare = new FabricPlan("lab", "fd00:0:0:ff::/64", List.of(new Net("a", "fd00:0:0:1::/64")),
                List.of(new Member("x", List.of(new Port("a", "fd00:0:0:1::10", new Shaping(null, null, null))),
                        null, false, null, null, null)));
        FabricLayout layout = FabricLayout.of(bare);
        assertFalse(layout.hasShaping());
        assertNull(new FabricScript(layout, true).shaping(false, new ArrayList<>()));
        assertTrue(new FabricScript(layout, true).member(layout.node("x")).lines().stream()
                .noneMatch(l -> l.contains("dev mgmt0 nodad")), "no mgmt address given");
        assertTrue(new FabricScript(layout, true).member(layout.node("x")).lines()
                .contains("link set dev mgmt0 up"), "mgmt0 is brought up even without an address");
    }

    @Test
    void ratesAndBursts() {
        assertEquals(10_000_000, TcShaping.bitsPerSecond("10mbit", "t"));
        assertEquals(10_000_000, TcShaping.bitsPerSecond("10Mbit", "t"));
        assertEquals(800_000, TcShaping.bitsPerSecond("100kbps", "t"));
        assertEquals(1_000_000_000L, TcShaping.bitsPerSecond("1gbit", "t"));
        assertEquals(3028, TcShaping.burstBytes(1_000_000));
        assertEquals(1_250_000, TcShaping.burstBytes(1_000_000_000L));
        assertEquals(List.of("qdisc add dev p root handle 10: tbf rate 1gbit burst 1250000 latency 100ms"),
                TcShaping.lines("p", new Shaping("1GBit", null, null), true));
    }

    @Test
    void teardownAndFailureMessages() {
        Batch teardown = FabricScript.teardown(List.of("imstb-lab-sw", "imstb-lab-x"), "lab-mgmt");
        assertEquals(List.of("ip", "-force", "-batch", "-"), teardown.command());
        assertEquals(List.of("link del dev lab-mgmt", "netns del imstb-lab-sw", "netns del imstb-lab-x"),
                teardown.lines());
        Batch x = script(true).members().get(1);
        String message = BatchRunner.failure(x, new BatchRunner.Outcome(1,
                "Error: Nexthop has invalid gateway.\nCommand failed -:6"));
        assertTrue(message.contains("`ip -6 -n imstb-lab-x -batch -` failed (exit 1)"), message);
        assertTrue(message.contains("at `route add default via fd00:0:0:1::1 dev eth0`"), message);
        assertTrue(message.contains("Nexthop has invalid gateway"), message);
    }

    private static String line(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError(
                "no line starting with '" + prefix + "' in " + lines));
    }

    /** Every interface name after name/dev is at most 15 characters; no bare names that ip could misparse. */
    private static void assertNamesFit(List<String> lines) {
        for (String l : lines) {
            Matcher m = IFNAME.matcher(l);
            while (m.find()) {
                assertTrue(m.group(1).length() <= 15, l);
            }
            if (l.startsWith("link add ")) {
                assertTrue(l.startsWith("link add name "), l);
            }
            if (l.startsWith("link set ")) {
                assertTrue(l.startsWith("link set dev "), l);
            }
        }
    }
}
