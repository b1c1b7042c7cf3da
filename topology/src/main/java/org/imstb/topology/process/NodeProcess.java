package org.imstb.topology.process;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One node as its own OS process ({@code java ... imstb node KIND --config FILE}), output in
 * {@code <run dir>/<node>.log}. {@link #awaitReady} polls the node's {@code /ready}; {@link #stop} sends SIGTERM and
 * waits for the clean exit (Diameter DPR sent, store closed).
 */
public final class NodeProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path runDir;
    private final Process process;
    private final String mgmtHost;

    private NodeProcess(String name, Path runDir, Process process, String mgmtHost) {
        this.name = name;
        this.runDir = runDir;
        this.process = process;
        this.mgmtHost = mgmtHost;
    }

    /**
     * Starts {@code kind} with {@code config} (whose top-level key is {@code name}) using this JVM's java and class
     * path; {@code jvmArgs} are added before the main class (e.g. {@code -Xmx256m}, a hosts file).
     */
    public static NodeProcess start(String kind, String name, Path config, List<String> jvmArgs) throws IOException {
        return start(List.of(), kind, name, config, jvmArgs, "::1");
    }

    /**
     * Starts a node behind a command {@code prefix} (e.g. {@code ip netns exec <namespace>}, which keeps the pid),
     * whose management endpoint will listen on {@code mgmtHost}.
     */
    public static NodeProcess start(List<String> prefix, String kind, String name, Path config, List<String> jvmArgs,
            String mgmtHost) throws IOException {
        Path runDir = config.toAbsolutePath().getParent();
        List<String> cmd = new ArrayList<>(prefix);
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        String hosts = System.getProperty("jdk.net.hosts.file");
        if (hosts != null && jvmArgs.stream().noneMatch(a -> a.startsWith("-Djdk.net.hosts.file"))) {
            cmd.add("-Djdk.net.hosts.file=" + hosts);
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.imstb.topology.cli.Imstb");
        cmd.add("node");
        cmd.add(kind);
        cmd.add("--config");
        cmd.add(config.toAbsolutePath().toString());
        Path log = runDir.resolve(name + ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        Files.writeString(runDir.resolve(name + ".pid"), p.pid() + "\n");
        return new NodeProcess(name, runDir, p, mgmtHost);
    }

    /** The node's name (e.g. {@code hss1}). */
    public String name() {
        return name;
    }

    /** Waits until {@code /ready} answers 200; fails with the node's last log lines if it dies or times out. */
    public void awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited with " + process.exitValue() + ":\n" + logTail());
            }
            Integer port = managementPort();
            if (port != null) {
                try {
                    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(
                            url(mgmtHost, port, "/ready"))).timeout(Duration.ofSeconds(2)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        return;
                    }
                    last = r.body().trim();
                } catch (IOException e) {
                    last = e.toString();
                }
            }
            Thread.sleep(100);
        }
        throw new IOException(name + " not ready after " + timeout + " (" + last + "):\n" + logTail());
    }

    /** The management port the node wrote to its run directory, or null before it did. */
    public Integer managementPort() {
        Path f = runDir.resolve(name + ".mgmt");
        try {
            return Files.exists(f) ? Integer.valueOf(Files.readString(f).trim()) : null;
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    /** GETs a management path, e.g. {@code /metrics}. */
    public String get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(mgmtHost, managementPort(), path))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The URL of a management path of a node listening on {@code host} (a name or an IPv4/IPv6 literal). */
    public static String url(String host, int port, String path) {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + path;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM, then wait up to {@code timeout}; SIGKILL if it does not exit. Returns the exit code. */
    public int stop(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
        return process.exitValue();
    }

    /** The last lines of the node's log. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(runDir.resolve(name + ".log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                stop(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
