package org.imstb.topology.runtime.netns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.imstb.topology.runtime.netns.FabricPlan.Member;
import org.imstb.topology.runtime.netns.FabricPlan.Net;
import org.imstb.topology.runtime.netns.FabricPlan.Port;
import org.imstb.topology.runtime.netns.FabricPlan.Shaping;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Builds a real fabric (needs root and network namespaces; skipped otherwise): router r between networks a and b, x
 * on a and y on b (rate-limited), each routing via r. Proves routing, the /etc/netns hosts bind mount, the host's
 * management link and shaping, then that destroy leaves nothing. Lab names {@code t<pid>}/{@code u<pid>} are
 * destroyed after all tests, also on failure.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NetnsFabricTest {
    private static final long ID = ProcessHandle.current().pid() % 10_000;
    private static final String LAB = "t" + ID;
    private static final String FAILING_LAB = "u" + ID;
    private static final String MGMT = "fd00:ff:0:" + Long.toHexString(ID);
    private static final String X_MGMT = MGMT + "::3";

    private static final String NO_NETEM = "sch_netem is not available on this kernel: delay/loss on x:a ignored";

    private static boolean available;
    private static List<String> warnings;
    private static FabricLayout layout;

    static FabricPlan plan(String lab, String yGateway) {
        return new FabricPlan(lab, MGMT + "::/64",
                List.of(new Net("a", "fd00:0:0:1::/64"), new Net("b", "fd00:0:0:2::/64")),
                List.of(new Member("r", List.of(new Port("a", "fd00:0:0:1::1", null),
                                new Port("b", "fd00:0:0:2::1", null)), null, true, MGMT + "::2", null, null),
                        new Member("x", List.of(new Port("a", "fd00:0:0:1::10", new Shaping(null, "1ms", null))),
                                "fd00:0:0:1::1", false, X_MGMT, "::1 localhost\nfd00:0:0:2::10 y.test\n", null),
                        new Member("y", List.of(new Port("b", "fd00:0:0:2::10", new Shaping("1mbit", null, null))),
                                yGateway, false, MGMT + "::4", null, null)));
    }

    static BatchRunner.Outcome run(String... command) throws IOException {
        return BatchRunner.run(List.of(command), "");
    }

    @BeforeAll
    static void build() throws IOException {
        NetnsFabric.Availability probe = NetnsFabric.probe();
        assumeTrue(probe.available(), "netns fabric test skipped: " + probe.reason());
        available = true;
        NetnsFabric.destroy(LAB);
        NetnsFabric.destroy(FAILING_LAB);
        FabricPlan plan = plan(LAB, "fd00:0:0:2::1");
        layout = FabricLayout.of(plan);
        long start = System.nanoTime();
        NetnsFabric.Report report = NetnsFabric.create(plan);
        System.out.printf("NetnsFabricTest: create() of 3 nodes, 2 networks took %d ms (report %d ms), warnings %s%n",
                (System.nanoTime() - start) / 1_000_000, report.millis(), report.warnings());
        warnings = report.warnings();
        assertTrue(warnings.isEmpty() || warnings.equals(List.of(NO_NETEM)), warnings.toString());
    }

    @AfterAll
    static void tearDown() throws IOException {
        if (available) {
            try {
                NetnsFabric.destroy(LAB);
            } finally {
                NetnsFabric.destroy(FAILING_LAB);
            }
        }
    }

    @Test
    @Order(1)
    void xReachesYByNameThroughTheRouter() throws IOException {
        List<String> x = NetnsFabric.execPrefix(LAB, "x");
        BatchRunner.Outcome hosts = run(x.get(0), x.get(1), x.get(2), x.get(3), "getent", "hosts", "y.test");
        assertTrue(hosts.ok() && hosts.output().startsWith("fd00:0:0:2::10"), "hosts bind mount: " + hosts);
        assumeTrue(HostTools.onPath("ping"), "ping not installed: reachability check skipped");
        BatchRunner.Outcome ping = run(x.get(0), x.get(1), x.get(2), x.get(3), "ping", "-6", "-c1", "-W2", "y.test");
        assertTrue(ping.ok(), ping.output());
    }

    @Test
    @Order(2)
    void theHostReachesEveryManagementAddress() throws IOException {
        assumeTrue(HostTools.onPath("ping"), "ping not installed: reachability check skipped");
        BatchRunner.Outcome ping = run("ping", "-6", "-c1", "-W2", X_MGMT);
        assertTrue(ping.ok(), ping.output());
    }

    @Test
    @Order(3)
    void switchPortsAreShaped() throws IOException {
        String y = layout.node("y").links().get(0).switchIf();
        BatchRunner.Outcome qdisc = run("tc", "-n", NetnsFabric.switchNamespace(LAB), "qdisc", "show", "dev", y);
        assertTrue(qdisc.ok() && qdisc.output().contains("tbf") && qdisc.output().contains("rate 1Mbit"),
                qdisc.toString());
        String x = layout.node("x").links().get(0).switchIf();
        BatchRunner.Outcome netem = run("tc", "-n", NetnsFabric.switchNamespace(LAB), "qdisc", "show", "dev", x);
        assertEquals(warnings.isEmpty(), netem.output().contains("netem"), "netem iff no warning: " + netem);
    }

    @Test
    @Order(4)
    void objectsAreWhereTheDesignSaysAndIpv6Only() throws IOException {
        BatchRunner.Outcome r = run("ip", "-n", NetnsFabric.namespace(LAB, "r"), "addr");
        assertTrue(r.output().contains("eth0") && r.output().contains("eth1") && r.output().contains("mgmt0"),
                r.output());
        assertFalse(r.output().replace("inet 127.0.0.1/8", "").contains("inet "), "IPv4 only on lo: " + r.output());
        assertFalse(r.output().contains("tentative"), r.output());
        BatchRunner.Outcome host = run("ip", "-o", "link");
        assertEquals(1, host.output().lines().filter(l -> l.contains(LAB + "-")).count(), host.output());
        assertTrue(host.output().contains(" " + LAB + "-mgmt@"), host.output());
        assertEquals(List.of(NetnsFabric.namespace(LAB, "r"), NetnsFabric.switchNamespace(LAB),
                NetnsFabric.namespace(LAB, "x"), NetnsFabric.namespace(LAB, "y"), LAB + "-mgmt",
                "/etc/netns/" + NetnsFabric.namespace(LAB, "x")), NetnsFabric.leftovers(LAB));
    }

    @Test
    @Order(5)
    void anExistingLabIsNotBuiltOver() {
        IOException e = assertThrows(IOException.class, () -> NetnsFabric.create(plan(LAB, "fd00:0:0:2::1")));
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
    }

    @Test
    @Order(9)
    void destroyLeavesNothingAndStopsProcessesInside() throws Exception {
        List<String> y = NetnsFabric.execPrefix(LAB, "y");
        Process sleeper = new ProcessBuilder(y.get(0), y.get(1), y.get(2), y.get(3), "sleep", "300").start();
        Thread.sleep(200);
        assertTrue(sleeper.isAlive());
        long start = System.nanoTime();
        NetnsFabric.destroy(LAB);
        System.out.printf("NetnsFabricTest: destroy() took %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertTrue(sleeper.waitFor(5, TimeUnit.SECONDS), "process inside the lab still running");
        assertEquals(List.of(), NetnsFabric.leftovers(LAB));
        assertFalse(run("ip", "netns", "list").output().contains("imstb-" + LAB + "-"));
        assertFalse(run("ip", "-o", "link").output().contains(LAB + "-mgmt"));
        assertFalse(Files.exists(Path.of("/etc/netns", NetnsFabric.namespace(LAB, "x"))));
        NetnsFabric.destroy(LAB);
    }

    @Test
    @Order(10)
    void aFailingCommandIsNamedAndEverythingBuiltIsRemoved() throws IOException {
        // y's gateway is its own address: valid as a plan, refused by the kernel at the very last command
        IOException e = assertThrows(IOException.class, () -> NetnsFabric.create(plan(FAILING_LAB, "fd00:0:0:2::10")));
        assertTrue(e.getMessage().contains("route add default via fd00:0:0:2::10 dev eth0"), e.getMessage());
        assertEquals(List.of(), NetnsFabric.leftovers(FAILING_LAB));
    }
}
