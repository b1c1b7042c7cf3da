package org.imstb.ue.as.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.imstb.common.node.NodeRunner;
import org.imstb.common.testing.FreePorts;
import org.imstb.hss.HssNode;
import org.imstb.hss.HssNodeKind;

/**
 * A real HSS for the AS's Sh tests, started in this JVM as the runner starts it (YAML file, provisioning file),
 * Diameter on [::1] at a free port, tracing off. It knows the AS {@value #AS} as a Diameter peer that connects to it
 * ({@code connect: false}) in its own realm and lets it use Sh ({@code sh.allowedPeers}), and holds the subscribers
 * {@code sip:alice@domain1.test} and {@code sip:bob@domain1.test}. Host names resolve to ::1 through the test hosts
 * file.
 */
public final class ShHss implements AutoCloseable {
    public static final String REALM = "domain1.test";
    public static final String HOST = "hss.domain1.test";
    public static final String AS = "as.domain1.test";

    private static final String SUBSCRIBERS = """
            serviceProfiles:
              - name: default
            subscriptions:
              - name: alice
                privateIdentities:
                  - {impi: alice@domain1.test, digest: {password: alice-secret, realm: domain1.test}}
                publicIdentities:
                  - {identity: "sip:alice@domain1.test", serviceProfile: default}
              - name: bob
                privateIdentities:
                  - {impi: bob@domain1.test, digest: {password: bob-secret, realm: domain1.test}}
                publicIdentities:
                  - {identity: "sip:bob@domain1.test", serviceProfile: default}
            """;

    private final NodeRunner.Running running;
    private final int port;
    private final int asPort;

    private ShHss(NodeRunner.Running running, int port, int asPort) {
        this.running = running;
        this.port = port;
        this.asPort = asPort;
    }

    /** Starts the HSS with its files and database in {@code dir}/hss. */
    public static ShHss start(Path dir) throws Exception {
        Path home = Files.createDirectories(dir.resolve("hss"));
        int port = FreePorts.next();
        int asPort = FreePorts.next();
        Files.writeString(home.resolve("subscribers.yaml"), SUBSCRIBERS, StandardCharsets.UTF_8);
        String yaml = "hss1:\n"
                + "  management: {address: '::1', port: 0}\n"
                + "  trace: {enabled: false}\n"
                + "  diameter:\n"
                + "    identity: " + HOST + "\n"
                + "    realm: " + REALM + "\n"
                + "    address: '::1'\n"
                + "    port: " + port + "\n"
                + "    peers: [{host: " + AS + ", port: " + asPort + ", connect: false}]\n"
                + "    threads: 4\n"
                + "  provision: [subscribers.yaml]\n"
                + "  sh: {allowedPeers: [" + AS + "]}\n";
        Path file = home.resolve("hss1.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return new ShHss(NodeRunner.start(new HssNodeKind(), file), port, asPort);
    }

    /**
     * The AS configuration lines (indented by two spaces, for {@link AsHarness#start(Path, String, String)}) of a
     * Diameter stack {@value #AS} that connects to this HSS, and the HSS as Sh destination.
     */
    public String asConfig() {
        return "  diameter:\n"
                + "    identity: " + AS + "\n"
                + "    realm: " + REALM + "\n"
                + "    address: '::1'\n"
                + "    port: " + asPort + "\n"
                + "    peers: [{host: " + HOST + ", port: " + port + "}]\n"
                + "    requestTimeoutMs: 3000\n"
                + "    threads: 2\n"
                + "  hss: {host: " + HOST + ", realm: " + REALM + "}\n";
    }

    public HssNode node() {
        return (HssNode) running.node();
    }

    @Override
    public void close() {
        running.close();
    }
}
