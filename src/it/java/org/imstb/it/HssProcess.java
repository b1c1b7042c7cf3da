package org.imstb.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.imstb.topology.process.NodeProcess;

/**
 * The HSS of domain1.test as its own process in a run directory, with the demo subscribers and the Diameter peers a
 * test names (each waiting for the peer to connect); its trace file read back as JSON.
 */
final class HssProcess implements AutoCloseable {
    static final String HOST = "hss.domain1.test";
    static final String REALM = "domain1.test";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final NodeProcess node;

    private HssProcess(Path dir, NodeProcess node) {
        this.dir = dir;
        this.node = node;
    }

    /**
     * Starts the HSS on {@code port} with {@code peers} allowed to connect and Tw {@code watchdogSeconds}; host
     * names resolve through {@code hostsFile} (a JVM hosts file), or through the test hosts file if it is null.
     */
    static HssProcess start(Path dir, int port, List<String> peers, int watchdogSeconds, Path hostsFile)
            throws IOException, InterruptedException {
        Files.createDirectories(dir);
        try (InputStream demo = HssProcess.class.getResourceAsStream(
                "/org/imstb/hss/provisioning/demo-subscribers.yaml")) {
            Files.copy(demo, dir.resolve("demo-subscribers.yaml"), StandardCopyOption.REPLACE_EXISTING);
        }
        StringBuilder yaml = new StringBuilder()
                .append("hss1:\n")
                .append("  diameter:\n")
                .append("    identity: ").append(HOST).append('\n')
                .append("    realm: ").append(REALM).append('\n')
                .append("    address: \"::1\"\n")
                .append("    port: ").append(port).append('\n')
                .append("    watchdogSeconds: ").append(watchdogSeconds).append('\n')
                .append("    acceptUnknownPeers: false\n")
                .append("    peers:\n");
        for (String p : peers) {
            yaml.append("      - {host: ").append(p).append(", connect: false}\n");
        }
        yaml.append("  provision: [demo-subscribers.yaml]\n");
        Path config = dir.resolve("hss1.yaml");
        Files.writeString(config, yaml, StandardCharsets.UTF_8);
        Files.deleteIfExists(dir.resolve("hss1.mgmt"));
        List<String> jvm = new ArrayList<>(List.of("-Xmx256m"));
        if (hostsFile != null) {
            jvm.add("-Djdk.net.hosts.file=" + hostsFile.toAbsolutePath());
        }
        NodeProcess node = NodeProcess.start("hss", "hss1", config, jvm);
        try {
            node.awaitReady(Duration.ofSeconds(60));
        } catch (IOException | InterruptedException e) {
            node.close();
            throw e;
        }
        return new HssProcess(dir, node);
    }

    NodeProcess node() {
        return node;
    }

    /** The HSS's trace records so far (one JSON object per message). */
    List<JsonNode> trace() {
        Path f = dir.resolve("hss1.trace.jsonl");
        List<JsonNode> out = new ArrayList<>();
        try {
            if (!Files.exists(f)) {
                return out;
            }
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Waits up to {@code timeout} for a trace record matching {@code p}; true if one came. */
    boolean awaitTrace(Predicate<JsonNode> p, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (trace().stream().anyMatch(p)) {
                return true;
            }
            Thread.sleep(100);
        }
        return trace().stream().anyMatch(p);
    }

    /** A trace record predicate: this direction, this peer, a summary starting with {@code summary}. */
    static Predicate<JsonNode> record(String direction, String remote, String summary) {
        return r -> r.path("direction").asText().equals(direction) && r.path("remote").asText().equals(remote)
                && r.path("summary").asText().startsWith(summary);
    }

    /** The HSS's log so far. */
    String log() throws IOException {
        return Files.readString(dir.resolve("hss1.log"));
    }

    /** The trace, one line per record (direction, remote, summary), for assertion messages. */
    String traceSummary() {
        StringBuilder sb = new StringBuilder();
        for (JsonNode r : trace()) {
            sb.append(r.path("direction").asText()).append(' ').append(r.path("remote").asText()).append(' ')
                    .append(r.path("summary").asText()).append('\n');
        }
        return sb.toString();
    }

    @Override
    public void close() {
        node.close();
    }
}
