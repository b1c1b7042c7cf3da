package org.imstb.common.node;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The management HTTP endpoint every node serves: {@code /health} (200 while the process lives), {@code /ready}
 * (200 when the node can serve, 503 with the reason otherwise) and {@code /metrics} (Prometheus text).
 */
public final class ManagementServer implements AutoCloseable {
    private final HttpServer server;

    public ManagementServer(ManagementConfig config, Supplier<Readiness> readiness, Metrics metrics)
            throws IOException {
        this(config, readiness, metrics, java.util.Map.of());
    }

    /** With extra endpoints of the node kind. */
    public ManagementServer(ManagementConfig config, Supplier<Readiness> readiness, Metrics metrics,
            java.util.Map<String, com.sun.net.httpserver.HttpHandler> extra) throws IOException {
        server = HttpServer.create(new InetSocketAddress(config.address(), config.port()), 16);
        server.createContext("/health", ex -> reply(ex, 200, "text/plain", "ok\n"));
        server.createContext("/ready", ex -> {
            Readiness r = safe(readiness);
            reply(ex, r.ready() ? 200 : 503, "text/plain", (r.ready() ? "ready: " : "not ready: ") + r.detail() + "\n");
        });
        server.createContext("/metrics", ex -> reply(ex, 200, "text/plain; version=0.0.4", metrics.scrape()));
        extra.forEach(server::createContext);
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "management-http");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    private static Readiness safe(Supplier<Readiness> readiness) {
        try {
            return readiness.get();
        } catch (RuntimeException e) {
            return Readiness.notReady("readiness check failed: " + e);
        }
    }

    /** The bound port (useful when configured with port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Writes a whole response (also for the node kinds' own endpoints). */
    public static void reply(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
