package org.imstb.topology.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.imstb.common.dns.DnsClientConfig;
import org.imstb.common.sip.SipPorts;
import org.imstb.topology.process.NodeProcess;

/**
 * The IMS core of domain1.test on the IPv6 loopback, each node its own process: HSS (with the demo subscribers),
 * I-CSCF, S-CSCF and P-CSCF, on free ports, names resolved through the lab's hosts file. The precursor of the
 * topology runner's local runtime; tests and {@code imstb demo} use it. Given a DNS server, the CSCFs locate their
 * next hops through it instead (RFC 3263, {@code sip.dns}).
 */
public final class CoreLab implements AutoCloseable {
    public static final String REALM = "domain1.test";

    private final Path dir;
    private final List<NodeProcess> nodes;
    private final int pcscfPort;
    private final int icscfPort;
    private final int scscfPort;

    private CoreLab(Path dir, List<NodeProcess> nodes, int pcscfPort, int icscfPort, int scscfPort) {
        this.dir = dir;
        this.nodes = nodes;
        this.pcscfPort = pcscfPort;
        this.icscfPort = icscfPort;
        this.scscfPort = scscfPort;
    }

    /** Extra YAML lines per node, appended to its generated configuration (indented under the node name). */
    public record Overrides(String hss, String icscf, String scscf, String pcscf) {
        public static final Overrides NONE = new Overrides("", "", "", "");
    }

    /** Writes the lab's hosts file (every node name → ::1); this JVM must use it before resolving any name. */
    public static Path writeHosts(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path hosts = dir.resolve("hosts");
        Files.writeString(hosts, "::1 localhost hss.domain1.test icscf.domain1.test scscf.domain1.test "
                + "pcscf.domain1.test as.domain1.test client.domain1.test\n", StandardCharsets.UTF_8);
        return hosts;
    }

    public static CoreLab start(Path dir, List<String> jvmArgs, Overrides extra) throws Exception {
        return start(dir, jvmArgs, extra, null);
    }

    /**
     * Starts the lab; with {@code dns} (may be null) every CSCF gets {@code sip.dns} with that server and port, and
     * the P-CSCF sends REGISTER to the bare domain {@code sip:domain1.test}, so the I-CSCF is found by NAPTR/SRV
     * and the S-CSCF (the HSS's Server-Name) by AAAA. The DNS server need not run yet, only before the first
     * request. The hosts file still serves Diameter and the JVM resolver; it has no entry for the bare domain.
     */
    public static CoreLab start(Path dir, List<String> jvmArgs, Overrides extra, DnsClientConfig dns)
            throws Exception {
        Path hosts = writeHosts(dir);
        int hssDia = SipPorts.free("::1");
        int icscfDia = SipPorts.free("::1");
        int scscfDia = SipPorts.free("::1");
        int icscfSip = SipPorts.free("::1");
        int scscfSip = SipPorts.free("::1");
        int pcscfSip = SipPorts.free("::1");
        String scscfName = "sip:scscf.domain1.test:" + scscfSip;
        try (InputStream demo = CoreLab.class.getResourceAsStream(
                "/org/imstb/hss/provisioning/demo-subscribers.yaml")) {
            String subscribers = new String(demo.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("sip:scscf.domain1.test:6060", scscfName);
            Files.writeString(dir.resolve("demo-subscribers.yaml"), subscribers, StandardCharsets.UTF_8);
        }
        write(dir, "hss1", "  diameter:\n"
                + diameter("hss.domain1.test", hssDia)
                + "    peers:\n"
                + "      - {host: icscf.domain1.test, port: " + icscfDia + ", connect: false}\n"
                + "      - {host: scscf.domain1.test, port: " + scscfDia + ", connect: false}\n"
                + "  provision: [demo-subscribers.yaml]\n" + extra.hss());
        write(dir, "icscf1", sip("icscf.domain1.test", icscfSip, dns)
                + "  diameter:\n" + diameter("icscf.domain1.test", icscfDia)
                + "    peers: [{host: hss.domain1.test, port: " + hssDia + "}]\n"
                + "  hss: {host: hss.domain1.test, realm: " + REALM + "}\n"
                + "  scscfs:\n"
                + "    - {name: \"" + scscfName + "\", capabilities: [1, 2, 3]}\n" + extra.icscf());
        write(dir, "scscf1", sip("scscf.domain1.test", scscfSip, dns)
                + "  diameter:\n" + diameter("scscf.domain1.test", scscfDia)
                + "    peers: [{host: hss.domain1.test, port: " + hssDia + "}]\n"
                + "  hss: {host: hss.domain1.test, realm: " + REALM + "}\n"
                + "  serverName: \"" + scscfName + "\"\n" + extra.scscf());
        String icscf = dns == null ? "  icscf: \"sip:icscf.domain1.test:" + icscfSip + "\"\n"
                : "  icscf: \"sip:" + REALM + "\"\n  visitedNetworkId: " + REALM + "\n";
        write(dir, "pcscf1", sip("pcscf.domain1.test", pcscfSip, dns) + icscf + extra.pcscf());
        List<String> args = new ArrayList<>(jvmArgs);
        args.add("-Djdk.net.hosts.file=" + hosts.toAbsolutePath());
        List<NodeProcess> started = new ArrayList<>();
        try {
            for (String[] n : new String[][] {{"hss", "hss1"}, {"icscf", "icscf1"}, {"scscf", "scscf1"},
                {"pcscf", "pcscf1"}}) {
                Files.deleteIfExists(dir.resolve(n[1] + ".mgmt"));
                started.add(NodeProcess.start(n[0], n[1], dir.resolve(n[1] + ".yaml"), args));
            }
            for (NodeProcess p : started) {
                p.awaitReady(Duration.ofSeconds(60));
            }
            return new CoreLab(dir, started, pcscfSip, icscfSip, scscfSip);
        } catch (Exception e) {
            started.forEach(NodeProcess::close);
            throw e;
        }
    }

    private static String sip(String host, int port, DnsClientConfig dns) {
        String locate = dns == null ? "" : ", dns: {server: \"" + dns.server() + "\", port: " + dns.port() + "}";
        return "  sip: {host: " + host + ", address: \"::1\", port: " + port + locate + "}\n";
    }

    private static String diameter(String identity, int port) {
        return "    identity: " + identity + "\n    realm: " + REALM + "\n    address: \"::1\"\n    port: " + port
                + "\n";
    }

    private static void write(Path dir, String name, String body) throws IOException {
        Files.writeString(dir.resolve(name + ".yaml"), name + ":\n" + body, StandardCharsets.UTF_8);
    }

    /**
     * Names of the lab's peers for ladders: SIP {@code host:port} and Diameter identities → node name; UEs are
     * everything else.
     */
    public java.util.Map<String, String> peerNames() {
        return java.util.Map.of(":" + pcscfPort, "pcscf1", ":" + icscfPort, "icscf1", ":" + scscfPort, "scscf1",
                "hss.domain1.test", "hss1", "icscf.domain1.test", "icscf1", "scscf.domain1.test", "scscf1");
    }

    /** The P-CSCF's URI for UEs, e.g. {@code sip:pcscf.domain1.test:40123}. */
    public String pcscfUri() {
        return "sip:pcscf.domain1.test:" + pcscfPort;
    }

    public int icscfPort() {
        return icscfPort;
    }

    public int scscfPort() {
        return scscfPort;
    }

    /** A node process by name (hss1, icscf1, scscf1, pcscf1). */
    public NodeProcess node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            nodes.get(i).close();
        }
    }
}
