package org.imstb.ue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.imstb.common.node.Metrics;
import org.imstb.dnsdhcp.dhcp.Dhcp6Server;
import org.imstb.dnsdhcp.dhcp.Dhcp6Socket;
import org.imstb.dnsdhcp.dhcp.DhcpConfig;
import org.imstb.dnsdhcp.dhcp.ServerSettings;
import org.imstb.dnsdhcp.dhcp.codec.Duid;
import org.imstb.dnsdhcp.dhcp.codec.Options;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The UE's P-CSCF discovery over a real link: a network namespace (the UE side) joined by a veth pair to the root
 * namespace, where a DHCPv6 server listens on ff02::1:2 of its end; {@link Discovery} runs in a child JVM in the
 * namespace ({@code ip netns exec}). Skipped when not root or when namespaces are not permitted; the namespace and
 * links (names {@code imstbu-*}) are removed afterwards, also on failure. Same pattern as dns-dhcp's DhcpNetnsIT.
 */
class DiscoveryNetnsIT {
    private static final String ID = String.valueOf(ProcessHandle.current().pid() % 100_000);
    private static final String NS = "imstbu-n" + ID;
    private static final String SERVER_IF = "imstbu-s" + ID;
    private static final String CLIENT_IF = "imstbu-c" + ID;

    private static boolean created;
    private static Dhcp6Socket server;

    record Result(int exit, String output) {
        boolean ok() {
            return exit == 0;
        }
    }

    static Result run(long timeoutSeconds, List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                return new Result(-1, "timed out: " + String.join(" ", command));
            }
            return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, e.toString());
        }
    }

    static Result run(String... command) {
        return run(30, List.of(command));
    }

    static void must(String... command) {
        Result r = run(command);
        if (!r.ok()) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + r.output());
        }
    }

    @BeforeAll
    static void link() throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "DHCPv6 link test needs Linux: skipped");
        assumeTrue(run("ip", "-V").ok(), "iproute2 'ip' not installed: DHCPv6 discovery link test skipped");
        assumeTrue("0".equals(run("id", "-u").output().trim()), "not root: DHCPv6 discovery link test skipped");
        Result ns = run("ip", "netns", "add", NS);
        assumeTrue(ns.ok(), "network namespaces not permitted here (" + ns.output().trim() + "): skipped");
        created = true;
        must("ip", "link", "add", SERVER_IF, "type", "veth", "peer", "name", CLIENT_IF);
        must("ip", "link", "set", CLIENT_IF, "netns", NS);
        must("ip", "link", "set", SERVER_IF, "up");
        must("ip", "netns", "exec", NS, "ip", "link", "set", "lo", "up");
        must("ip", "netns", "exec", NS, "ip", "link", "set", CLIENT_IF, "up");
        awaitLinkLocal(List.of("ip", "-6", "addr", "show", "dev", SERVER_IF));
        awaitLinkLocal(List.of("ip", "netns", "exec", NS, "ip", "-6", "addr", "show", "dev", CLIENT_IF));
        ServerSettings settings = new ServerSettings(Duid.fromSeed("dhcp1"), 255, true,
                List.of("pcscf.domain1.test"), List.of(Options.ipv6("fd00:1::10")),
                List.of(Options.ipv6("fd00:3::53")), List.of("domain1.test"), 3600, 7200);
        server = new Dhcp6Socket(new DhcpConfig.ListenConfig(SERVER_IF, "::", 547),
                new Dhcp6Server(settings, null, new Metrics())).start();
    }

    @AfterAll
    static void unlink() throws Exception {
        if (server != null) {
            server.close();
        }
        if (created) {
            run("ip", "link", "del", SERVER_IF);
            run("ip", "netns", "del", NS);
        }
    }

    /** Waits (at most 10 s) until the interface has a link-local address that is no longer tentative (DAD). */
    private static void awaitLinkLocal(List<String> show) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            String out = run(10, show).output();
            if (out.contains("fe80:") && !out.contains("tentative")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no usable link-local address: " + run(10, show).output());
    }

    @Test
    void theUeLearnsItsPcscfAndDnsOnTheLink() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Result r = run(90, List.of("ip", "netns", "exec", NS, java, "-cp", classpath, DiscoveryProbe.class.getName(),
                CLIENT_IF, "10000"));
        assertTrue(r.ok(), r.output());
        assertTrue(r.output().contains("pcscf=sip:pcscf.domain1.test\n"), r.output());
        assertTrue(r.output().contains("dns=fd00:3::53 53\n"), r.output());
        assertEquals(2, r.output().lines().filter(l -> l.startsWith("pcscf=") || l.startsWith("dns=")).count(),
                r.output());
    }
}
