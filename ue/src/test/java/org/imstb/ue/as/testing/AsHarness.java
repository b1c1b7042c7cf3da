package org.imstb.ue.as.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.imstb.common.node.NodeRunner;
import org.imstb.ue.as.AsNode;
import org.imstb.ue.as.AsNodeKind;
import org.imstb.ue.as.Service;

/**
 * The AS node started in this JVM as the runner starts it (YAML file, management endpoint), SIP on [::1] at a free
 * port (UDP), tracing off.
 */
public final class AsHarness implements AutoCloseable {
    private final NodeRunner.Running running;

    private AsHarness(NodeRunner.Running running) {
        this.running = running;
    }

    /**
     * Starts node {@code as1} with {@code services}: YAML lines of the {@code services:} map, indented by four spaces
     * (null: the default services).
     */
    public static AsHarness start(Path dir, String services) throws Exception {
        return start(dir, services, "");
    }

    /**
     * Starts node {@code as1} with {@code services} (as above) and {@code more}: further YAML lines of the node's
     * configuration, indented by two spaces (e.g. {@code diameter} and {@code hss}).
     */
    public static AsHarness start(Path dir, String services, String more) throws Exception {
        String yaml = "as1:\n"
                + "  management: {address: '::1', port: 0}\n"
                + "  trace: {enabled: false}\n"
                + "  sip: {address: '::1', port: 0, transports: [udp], threads: 4}\n"
                + more
                + (services == null ? "" : "  services:\n" + services);
        Path file = dir.resolve("as1.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return new AsHarness(NodeRunner.start(new AsNodeKind(), file));
    }

    /** Waits up to {@code ms} until the node is ready ({@code /ready}: SIP, and the HSS peer with Sh). */
    public void awaitReady(long ms) throws InterruptedException {
        long deadline = System.nanoTime() + ms * 1_000_000L;
        while (!node().readiness().ready()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("as1 not ready: " + node().readiness().detail());
            }
            Thread.sleep(20);
        }
    }

    public AsNode node() {
        return (AsNode) running.node();
    }

    public int port() {
        return node().sip().port();
    }

    /** {@code <sip:service@[::1]:port;lr>}: the Route the S-CSCF puts for this service. */
    public String route(String service) {
        return "<sip:" + service + "@[::1]:" + port() + ";lr>";
    }

    /** {@code sip:service@[::1]:port}. */
    public String uri(String service) {
        return "sip:" + service + "@[::1]:" + port();
    }

    public <T extends Service> T service(String name, Class<T> type) {
        return node().service(name, type);
    }

    /** The node's {@code /metrics} text. */
    public String metrics() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://[::1]:"
                + running.managementPort() + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Override
    public void close() {
        running.close();
    }
}
