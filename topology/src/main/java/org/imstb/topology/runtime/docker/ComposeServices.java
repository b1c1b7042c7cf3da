package org.imstb.topology.runtime.docker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.imstb.topology.file.NodeKind;
import org.imstb.topology.lab.Lab;
import org.imstb.topology.lab.LabNode;
import org.imstb.topology.process.NodeProcess;
import org.imstb.topology.runtime.LabFiles;

/**
 * The compose service of one lab node. Every service joins its networks at its planned addresses and resolves every
 * lab host name through {@code extra_hosts}; a node off the router reaches the lab's other networks through a route
 * the image's entrypoint adds ({@code IMSTB_ROUTE_VIA}, {@code IMSTB_ROUTES}, NET_ADMIN). Process nodes run
 * {@code imstb node <kind> --config /lab/<node>.yaml} with the topology's JVM options and a health check on their
 * {@code /ready}; the router and the UEs idle.
 */
final class ComposeServices {
    /** Where the run directory is mounted in every container. */
    static final String LAB_DIR = "/lab";

    private ComposeServices() {
    }

    /** The service of {@code node}, or empty for nodes that have no container (PDFs: no process yet). */
    static Optional<Map<String, Object>> service(Lab lab, LabNode node, String image) {
        if (node.kind() == NodeKind.ROUTER) {
            return Optional.of(router(lab, node, image));
        }
        if (node.kind() == NodeKind.UE) {
            return Optional.of(ue(lab, node, image));
        }
        if (node.kind().process()) {
            return Optional.of(process(lab, node, image));
        }
        return Optional.empty();
    }

    private static Map<String, Object> process(Lab lab, LabNode node, String image) {
        Map<String, Object> s = base(lab, node, image);
        s.put("command", List.of("node", node.kind().id(), "--config", LAB_DIR + "/" + node.name() + ".yaml"));
        s.put("working_dir", LAB_DIR);
        s.put("volumes", volumes(lab, node));
        routeAndJvm(lab, node, s);
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("test", List.of("CMD", "curl", "-fsSg", "-o", "/dev/null",
                NodeProcess.url(node.mgmtAddress(), node.mgmtPort(), "/ready")));
        health.put("interval", "2s");
        health.put("timeout", "2s");
        health.put("retries", 5);
        // ready means peers connected, which takes the other nodes' start-up: failures do not count for a while
        health.put("start_period", "120s");
        s.put("healthcheck", health);
        return s;
    }

    private static Map<String, Object> router(Lab lab, LabNode node, String image) {
        Map<String, Object> s = base(lab, node, image);
        s.put("entrypoint", List.of("sh", "-c", "sleep infinity"));
        s.put("init", true); // a process that forwards SIGTERM, so that stopping it takes no grace period
        s.put("sysctls", Map.of("net.ipv6.conf.all.forwarding", 1));
        return s;
    }

    private static Map<String, Object> ue(Lab lab, LabNode node, String image) {
        Map<String, Object> s = base(lab, node, image);
        s.put("command", List.of("idle")); // the entrypoint adds the route, then sleeps: docker compose exec ueN ...
        s.put("init", true);
        routeAndJvm(lab, node, s);
        return s;
    }

    private static Map<String, Object> base(Lab lab, LabNode node, String image) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("image", image);
        Map<String, Object> networks = new LinkedHashMap<>();
        for (LabNode.Attachment a : node.ports()) {
            networks.put(a.network(), Map.of("ipv6_address", a.address()));
        }
        s.put("networks", networks);
        s.put("extra_hosts", extraHosts(lab));
        return s;
    }

    /** Every lab host name, {@code host=address}: the form current compose reads unambiguously for IPv6. */
    static List<String> extraHosts(Lab lab) {
        List<String> hosts = new ArrayList<>();
        for (LabNode n : lab.nodes()) {
            if (n.host() != null && n.address() != null) {
                hosts.add(n.host() + "=" + n.address());
            }
        }
        return hosts;
    }

    /** The run directory, and the HSS's extra provisioning files (absolute paths on the host) at the same paths. */
    private static List<String> volumes(Lab lab, LabNode node) {
        List<String> volumes = new ArrayList<>();
        volumes.add("./:" + LAB_DIR);
        if (node.kind() == NodeKind.HSS) {
            for (String extra : lab.group(node.group()).provision()) {
                String path = lab.resolve(extra).toString();
                volumes.add(path + ":" + path + ":ro");
            }
        }
        return volumes;
    }

    private static void routeAndJvm(Lab lab, LabNode node, Map<String, Object> s) {
        Map<String, Object> env = new LinkedHashMap<>();
        String via = router(lab, node.ports().get(0).network());
        Set<String> own = node.ports().stream().map(LabNode.Attachment::network).collect(Collectors.toSet());
        String elsewhere = lab.file().topology().networks().entrySet().stream()
                .filter(e -> !own.contains(e.getKey())).map(e -> e.getValue().prefix())
                .collect(Collectors.joining(" "));
        if (via != null && !elsewhere.isEmpty()) {
            env.put("IMSTB_ROUTE_VIA", via);
            env.put("IMSTB_ROUTES", elsewhere);
            s.put("cap_add", List.of("NET_ADMIN"));
        }
        List<String> jvm = LabFiles.jvmOptions(lab, node);
        if (!jvm.isEmpty()) {
            env.put("JAVA_OPTS", String.join(" ", jvm));
        }
        if (!env.isEmpty()) {
            s.put("environment", env);
        }
    }

    /** The lab router's address on {@code network}, or null when no router joins it. */
    private static String router(Lab lab, String network) {
        for (LabNode n : lab.nodes()) {
            if (n.kind() == NodeKind.ROUTER) {
                for (LabNode.Attachment a : n.ports()) {
                    if (a.network().equals(network)) {
                        return a.address();
                    }
                }
            }
        }
        return null;
    }
}
