package org.imstb.topology.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.imstb.common.diameter.stack.DiameterConfig;
import org.imstb.common.diameter.stack.DiameterStack;
import org.imstb.common.diameter.stack.PeerConfig;
import org.imstb.common.node.Metrics;
import org.imstb.common.trace.MessageObserver;
import org.imstb.topology.process.NodeProcess;

/**
 * A one-HSS lab in a run directory: the HSS of domain1.test as its own process with the demo subscribers, and a
 * Diameter client stack (named {@code client.domain1.test}) in this process connected to it. Host names resolve
 * through the lab's hosts file (all to ::1), because jDiameter peers need host names.
 */
public final class HssLab implements AutoCloseable {
    public static final String REALM = "domain1.test";
    public static final String HSS_HOST = "hss.domain1.test";
    public static final String CLIENT_HOST = "client.domain1.test";

    private final Path dir;
    private final NodeProcess hss;
    private final DiameterStack client;

    private HssLab(Path dir, NodeProcess hss, DiameterStack client) {
        this.dir = dir;
        this.hss = hss;
        this.client = client;
    }

    /** Writes the lab's hosts file; call before anything resolves names in this JVM. */
    public static Path writeHosts(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path hosts = dir.resolve("hosts");
        Files.writeString(hosts, "::1 localhost " + HSS_HOST + " " + CLIENT_HOST + "\n", StandardCharsets.UTF_8);
        return hosts;
    }

    /**
     * Starts the HSS process (Diameter on {@code hssPort}, {@code jvmArgs} e.g. -Xmx) with the given extra HSS
     * configuration lines, and a client stack on {@code clientPort}.
     */
    public static HssLab start(Path dir, int hssPort, int clientPort, List<String> jvmArgs, String extraConfig)
            throws Exception {
        return start(dir, hssPort, clientPort, jvmArgs, extraConfig, 0);
    }

    /** As above, with {@code threads} Diameter workers in the HSS (0: the default). */
    public static HssLab start(Path dir, int hssPort, int clientPort, List<String> jvmArgs, String extraConfig,
            int threads) throws Exception {
        return start(dir, hssPort, clientPort, jvmArgs, extraConfig, threads, s -> { });
    }

    /**
     * As above; {@code clientSetup} may register commands the client serves (e.g. RTR, playing an S-CSCF) before
     * its stack starts.
     */
    public static HssLab start(Path dir, int hssPort, int clientPort, List<String> jvmArgs, String extraConfig,
            int threads, java.util.function.Consumer<DiameterStack> clientSetup) throws Exception {
        Path hosts = writeHosts(dir);
        try (InputStream demo = HssLab.class.getResourceAsStream(
                "/org/imstb/hss/provisioning/demo-subscribers.yaml")) {
            Files.copy(demo, dir.resolve("demo-subscribers.yaml"), StandardCopyOption.REPLACE_EXISTING);
        }
        String yaml = "hss1:\n"
                + "  diameter:\n"
                + "    identity: " + HSS_HOST + "\n"
                + "    realm: " + REALM + "\n"
                + "    address: \"::1\"\n"
                + "    port: " + hssPort + "\n"
                + (threads > 0 ? "    threads: " + threads + "\n" : "")
                + "    peers:\n"
                + "      - {host: " + CLIENT_HOST + ", port: " + clientPort + ", connect: false}\n"
                + "  provision: [demo-subscribers.yaml]\n"
                + extraConfig;
        Path config = dir.resolve("hss1.yaml");
        Files.writeString(config, yaml, StandardCharsets.UTF_8);
        Files.deleteIfExists(dir.resolve("hss1.mgmt"));
        List<String> args = new java.util.ArrayList<>(jvmArgs);
        args.add("-Djdk.net.hosts.file=" + hosts.toAbsolutePath());
        NodeProcess hss = NodeProcess.start("hss", "hss1", config, args);
        DiameterStack client = null;
        try {
            hss.awaitReady(Duration.ofSeconds(60));
            client = new DiameterStack(new DiameterConfig(CLIENT_HOST, REALM, "::1", clientPort,
                    List.of(new PeerConfig(HSS_HOST, hssPort, REALM, true)), false, 30, 5000, 8),
                    "client", MessageObserver.NONE, new Metrics());
            client.use(org.imstb.common.diameter.dict.Application.CX);
            clientSetup.accept(client);
            client.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!client.readiness().ready() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            if (!client.readiness().ready()) {
                throw new IOException("client could not connect to the HSS: " + client.readiness().detail());
            }
            return new HssLab(dir, hss, client);
        } catch (Exception e) {
            if (client != null) {
                client.stop();
            }
            hss.close();
            throw e;
        }
    }

    public NodeProcess hss() {
        return hss;
    }

    public DiameterStack client() {
        return client;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() {
        client.stop();
        hss.close();
    }
}
