package org.imstb.dnsdhcp.dhcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.imstb.common.node.NodeRunner;
import org.imstb.dnsdhcp.Commands;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * DHCPv6 over a real link: a network namespace (the UE side) joined by a veth pair to the root namespace, where the
 * DHCP node listens on ff02::1:2 of its end. The UE side runs our client (in a child JVM through
 * {@code ip netns exec}) and ISC dhclient when installed. Skipped when not root or when namespaces are not
 * permitted; the namespace and links are removed afterwards, also on failure.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DhcpNetnsIT {
    private static final String ID = String.valueOf(ProcessHandle.current().pid() % 100_000);
    private static final String NS = "imstbt-n" + ID;
    private static final String SERVER_IF = "imstbt-s" + ID;
    private static final String CLIENT_IF = "imstbt-c" + ID;

    @TempDir
    static Path dir;
    private static NodeRunner.Running node;
    private static boolean created;

    @BeforeAll
    static void link() throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "DHCPv6 link test needs Linux: skipped");
        assumeTrue(Commands.onPath("ip"), "iproute2 'ip' not installed: DHCPv6 link test skipped");
        assumeTrue(Commands.root(), "not root: DHCPv6 link test (network namespaces) skipped");
        Commands.Result ns = Commands.run("ip", "netns", "add", NS);
        assumeTrue(ns.ok(), "network namespaces not permitted here (" + ns.output().trim() + "): skipped");
        created = true;
        must("ip", "link", "add", SERVER_IF, "type", "veth", "peer", "name", CLIENT_IF);
        must("ip", "link", "set", CLIENT_IF, "netns", NS);
        must("ip", "link", "set", SERVER_IF, "up");
        must("ip", "netns", "exec", NS, "ip", "link", "set", "lo", "up");
        must("ip", "netns", "exec", NS, "ip", "link", "set", CLIENT_IF, "up");
        awaitLinkLocal(List.of("ip", "-6", "addr", "show", "dev", SERVER_IF));
        awaitLinkLocal(List.of("ip", "netns", "exec", NS, "ip", "-6", "addr", "show", "dev", CLIENT_IF));

        Path config = dir.resolve("dhcp1.yaml");
        Files.writeString(config, """
                dhcp1:
                  listen: {interface: %s}
                  duid: "00030001020000000053"
                  sipServers: {names: [pcscf.domain1.test], addresses: ["fd00:1::10"]}
                  dns: {servers: ["fd00:3::53"], searchList: [domain1.test]}
                  pool: {start: "fd00:1::1000", end: "fd00:1::10ff"}
                """.formatted(SERVER_IF));
        node = NodeRunner.start(new DhcpNodeKind(), config);
    }

    @AfterAll
    static void unlink() {
        if (node != null) {
            node.close();
        }
        if (created) {
            Commands.run("ip", "link", "del", SERVER_IF);
            Commands.run("ip", "netns", "del", NS);
        }
    }

    private static void must(String... command) {
        Commands.Result r = Commands.run(command);
        if (!r.ok()) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + r.output());
        }
    }

    /** Waits (at most 10 s) until the interface has a link-local address that is no longer tentative (DAD). */
    private static void awaitLinkLocal(List<String> show) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            String out = Commands.run(10, show).output();
            if (out.contains("fe80:") && !out.contains("tentative")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no usable link-local address: " + Commands.run(10, show).output());
    }

    @Test
    @Order(1)
    void ourClientGetsSipAndDnsOptions() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Commands.Result r = Commands.run(90, List.of("ip", "netns", "exec", NS, java, "-cp", classpath,
                ClientProbe.class.getName(), CLIENT_IF, "10000"));
        assertTrue(r.ok(), r.output());
        Map<String, String> got = keyValues(r.output());
        assertEquals("pcscf.domain1.test", got.get("sip-names"), r.output());
        assertEquals("fd00:1:0:0:0:0:0:10", got.get("sip-addresses"), r.output());
        assertEquals("fd00:3:0:0:0:0:0:53", got.get("dns"), r.output());
        assertEquals("domain1.test", got.get("search"), r.output());
        assertEquals("00030001020000000053", got.get("server-duid"), r.output());
    }

    @Test
    @Order(2)
    void debianClientStatelessGetsOptions21To24() throws Exception {
        Map<String, String> env = dhclient("stateless", "-S");
        assertEquals("pcscf.domain1.test.", env.get("new_dhcp6_sip_servers_names"), env.toString());
        assertEquals("fd00:1::10", env.get("new_dhcp6_sip_servers_addresses"), env.toString());
        assertEquals("fd00:3::53", env.get("new_dhcp6_name_servers"), env.toString());
        assertEquals("domain1.test.", env.get("new_dhcp6_domain_search"), env.toString());
    }

    @Test
    @Order(3)
    void debianClientStatefulGetsAnAddressFromThePool() throws Exception {
        Map<String, String> env = dhclient("stateful", "-N");
        assertTrue(env.getOrDefault("new_ip6_address", "").startsWith("fd00:1::10"), env.toString());
        assertEquals("pcscf.domain1.test.", env.get("new_dhcp6_sip_servers_names"), env.toString());
    }

    /**
     * Runs ISC dhclient in the namespace in the foreground until its script has reported a configuration, then
     * stops it; returns the {@code new_*} variables the script saw.
     */
    private static Map<String, String> dhclient(String name, String mode) throws Exception {
        assumeTrue(Commands.onPath("dhclient"),
                "dhclient not installed (Debian package isc-dhcp-client): Debian DHCPv6 client check skipped");
        Path out = dir.resolve(name + ".env");
        Path script = dir.resolve(name + ".sh");
        Files.writeString(script, "#!/bin/sh\nenv | grep -E '^(reason|new_)' >> " + out + "\necho --- >> " + out
                + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        Path conf = dir.resolve(name + ".conf");
        Files.writeString(conf, "request dhcp6.name-servers, dhcp6.domain-search, dhcp6.sip-servers-addresses,"
                + " dhcp6.sip-servers-names;\n");
        List<String> command = new ArrayList<>(List.of("ip", "netns", "exec", NS, "dhclient", "-6", mode, "-1", "-d",
                "-v", "-cf", conf.toString(), "-sf", script.toString(), "-lf", dir.resolve(name + ".leases").toString(),
                "-pf", dir.resolve(name + ".pid").toString(), CLIENT_IF));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile()).start();
        try {
            for (int i = 0; i < 200; i++) {
                if (Files.exists(out) && Files.readString(out).contains("new_dhcp6_server_id")) {
                    break;
                }
                if (!p.isAlive()) {
                    break;
                }
                Thread.sleep(100);
            }
        } finally {
            p.destroy();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
        String log = Files.readString(dir.resolve(name + ".log"));
        assertTrue(Files.exists(out), "dhclient reported nothing; its log:\n" + log);
        Map<String, String> env = new TreeMap<>();
        for (String block : Files.readString(out).split("---\n")) {
            Map<String, String> vars = keyValues(block);
            if (vars.containsKey("new_dhcp6_server_id")) {
                env = vars;
            }
        }
        assertTrue(!env.isEmpty(), "dhclient got no reply; its log:\n" + log);
        return env;
    }

    private static Map<String, String> keyValues(String text) {
        Map<String, String> m = new TreeMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                m.put(line.substring(0, eq), line.substring(eq + 1).trim());
            }
        }
        return m;
    }
}
