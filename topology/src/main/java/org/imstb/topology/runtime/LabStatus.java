package org.imstb.topology.runtime;

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
import java.util.Optional;
import org.imstb.topology.process.NodeProcess;

/**
 * The state of each node of a lab, read from its run directory only: the pid file, the management port file and the
 * node's own {@code /ready} answer. States: {@code ready}, {@code starting} (alive, not ready: the reason is the
 * node's), {@code exited} (pid gone), {@code no process} (routers, UEs, nodes a runtime does not run).
 */
public final class LabStatus {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private LabStatus() {
    }

    /** One row of {@code imstb status}. */
    public record Row(String name, String kind, String domain, String state, String detail, Long pid,
            List<String> addresses, String host, int sipPort, int diameterPort, int dnsPort, String mgmt) {
    }

    public static List<Row> rows(Path runDir, LabState state) {
        List<Row> rows = new ArrayList<>();
        for (LabState.NodeState n : state.nodes()) {
            String st;
            String detail = "";
            Long pid = null;
            String mgmt = null;
            if (n.process() && "docker".equals(state.runtime())) {
                st = "container";
                detail = "docker compose -p imstb-" + state.name() + " ps " + n.name();
            } else if (!n.process()) {
                st = "no process";
                detail = switch (n.kind()) {
                    case "router" -> "forwards between " + n.addresses().size() + " networks";
                    case "ue" -> "endpoint: " + n.hint();
                    case "pdf" -> "address only (the PDF node is not built yet)";
                    default -> "not run on runtime " + state.runtime();
                };
            } else {
                Optional<Long> p = pid(runDir, n.name());
                pid = p.orElse(null);
                boolean alive = p.flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
                Integer port = mgmtPort(runDir, n.name());
                mgmt = port == null ? null : NodeProcess.url(n.mgmtAddress(), port, "");
                if (!alive) {
                    st = "exited";
                    detail = "see " + runDir.resolve(n.name() + ".log");
                } else if (port == null) {
                    st = "starting";
                } else {
                    String[] ready = ready(n.mgmtAddress(), port);
                    st = ready[0];
                    detail = ready[1];
                }
            }
            rows.add(new Row(n.name(), n.kind(), n.domain(), st, detail, pid, n.addresses(), n.host(), n.sipPort(),
                    n.diameterPort(), n.dnsPort(), mgmt));
        }
        return rows;
    }

    private static String[] ready(String host, int port) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(NodeProcess.url(host, port,
                    "/ready"))).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return new String[] {r.statusCode() == 200 ? "ready" : "starting", r.body().trim().replace('\n', ';')};
        } catch (IOException e) {
            return new String[] {"unreachable", e.toString()};
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new String[] {"unknown", "interrupted"};
        }
    }

    static boolean anyAlive(Path runDir, LabState state) {
        if ("docker".equals(state.runtime())) {
            return false; // container pids are not host pids
        }
        return state.nodes().stream().anyMatch(n -> pid(runDir, n.name()).flatMap(ProcessHandle::of)
                .map(ProcessHandle::isAlive).orElse(false));
    }

    static Optional<Long> pid(Path runDir, String node) {
        try {
            Path f = runDir.resolve(node + ".pid");
            return Files.exists(f) ? Optional.of(Long.parseLong(Files.readString(f).trim())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Integer mgmtPort(Path runDir, String node) {
        try {
            Path f = runDir.resolve(node + ".mgmt");
            return Files.exists(f) ? Integer.valueOf(Files.readString(f).trim()) : null;
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }
}
