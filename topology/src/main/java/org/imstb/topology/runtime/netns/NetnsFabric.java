package org.imstb.topology.runtime.netns;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.imstb.topology.runtime.netns.FabricLayout.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds and removes a lab's network-namespace fabric. A lab {@code L} creates only: a namespace
 * {@code imstb-L-<node>} per member; a switch namespace {@code imstb-L-sw} with one bridge per network (multicast
 * snooping off) plus bridge {@code mgmt}; a veth pair per port ({@code eth<i>} in the member, {@code <node>-<i>} on
 * the bridge, where tc shaping goes) and per member a {@code mgmt0} port on {@code mgmt}; a single host link
 * {@code L-mgmt} on {@code mgmt} holding the management prefix's {@code ::1}; and
 * {@code /etc/netns/imstb-L-<node>/{hosts,resolv.conf}}, which {@code ip netns exec} bind-mounts over /etc.
 *
 * <p>Building takes a handful of processes, not one per command: one {@code ip -batch} in the host namespace, one in
 * the switch namespace, one {@code tc -batch} when something is shaped, and one {@code ip -batch} per member.
 */
public final class NetnsFabric {
    private static final Logger LOG = LoggerFactory.getLogger(NetnsFabric.class);

    private NetnsFabric() {
    }

    /** Result of {@link #probe()}: whether fabrics can be built here and, if not, why. */
    public record Availability(boolean available, String reason) {
    }

    /** Result of {@link #create}: warnings (such as shaping that could not be applied) and the time taken. */
    public record Report(List<String> warnings, long millis) {
    }

    /**
     * Whether this process can build fabrics here: Linux, {@code ip} on PATH, CAP_NET_ADMIN and CAP_SYS_ADMIN (root),
     * and {@code ip netns add} permitted, proved by adding and deleting {@code imstb-probe-<pid>}.
     */
    public static Availability probe() {
        String os = System.getProperty("os.name", "");
        if (!os.startsWith("Linux")) {
            return new Availability(false, "network namespaces need Linux, this is " + os);
        }
        if (!HostTools.onPath("ip")) {
            return new Availability(false, "iproute2 'ip' not found on PATH");
        }
        long caps = HostTools.effectiveCapabilities();
        if (!HostTools.has(caps, HostTools.CAP_NET_ADMIN) || !HostTools.has(caps, HostTools.CAP_SYS_ADMIN)) {
            return new Availability(false, "needs root (CAP_NET_ADMIN and CAP_SYS_ADMIN); effective capabilities: "
                    + (caps == -1 ? "unknown" : Long.toHexString(caps)));
        }
        String scratch = "imstb-probe-" + ProcessHandle.current().pid();
        try {
            BatchRunner.Outcome outcome = BatchRunner.run(List.of("ip", "-batch", "-"),
                    "netns add " + scratch + "\nnetns del " + scratch + "\n");
            if (Files.exists(FabricJanitor.NETNS_DIR.resolve(scratch))) {
                BatchRunner.run(List.of("ip", "netns", "del", scratch), "");
            }
            if (!outcome.ok()) {
                return new Availability(false, "'ip netns add' not permitted here: " + outcome.output());
            }
        } catch (IOException e) {
            return new Availability(false, "cannot run ip: " + e.getMessage());
        }
        return new Availability(true, "network namespaces available");
    }

    /**
     * Builds the plan. Refuses (IOException, nothing touched) if objects of the lab already exist; on any failure
     * removes what it built ({@link #destroy}) and throws an IOException naming the failing command and its output.
     *
     * @throws IllegalArgumentException if the plan is invalid (names, addresses, shaping values)
     */
    public static Report create(FabricPlan plan) throws IOException {
        long start = System.nanoTime();
        FabricLayout layout = FabricLayout.of(plan);
        List<String> existing = leftovers(layout.lab);
        if (!existing.isEmpty()) {
            throw new IOException("lab " + layout.lab + " already exists (" + String.join(", ", existing)
                    + "); destroy it first");
        }
        FabricScript script = new FabricScript(layout, HostTools.onPath("sysctl"));
        List<String> warnings = new ArrayList<>();
        try {
            BatchRunner.mustRun(script.host());
            writeEtcFiles(layout);
            BatchRunner.mustRun(script.switchPorts());
            if (layout.hasShaping()) {
                boolean netem = !layout.needsNetem() || NetemSupport.available(layout.switchNamespace);
                Batch tc = script.shaping(netem, warnings);
                if (tc != null) {
                    BatchRunner.mustRun(tc);
                }
            }
            for (Batch member : script.members()) {
                BatchRunner.mustRun(member);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("lab {}: building failed, removing what was built: {}", layout.lab, e.getMessage());
            try {
                destroy(layout.lab);
            } catch (IOException | RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        warnings.forEach(w -> LOG.warn("lab {}: {}", layout.lab, w));
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.info("lab {}: fabric of {} node(s) and {} network(s) built in {} ms", layout.lab, layout.nodes.size(),
                layout.bridges.size(), millis);
        return new Report(List.copyOf(warnings), millis);
    }

    /**
     * Removes exactly this lab's objects, also after a crash: kills processes still inside its namespaces, deletes
     * the namespaces {@code imstb-L-*} (their veths and bridges go with them), the host link {@code L-mgmt} and the
     * {@code /etc/netns/imstb-L-*} directories. Idempotent; touches nothing without the lab's prefix.
     *
     * @throws IOException if something of the lab is still present afterwards
     */
    public static void destroy(String lab) throws IOException {
        long start = System.nanoTime();
        FabricJanitor.destroy(lab);
        LOG.info("lab {}: fabric removed in {} ms", lab, (System.nanoTime() - start) / 1_000_000);
    }

    /** Names of this lab's objects still present (namespaces, the host link, /etc/netns dirs); empty after destroy. */
    public static List<String> leftovers(String lab) throws IOException {
        return FabricJanitor.leftovers(FabricNames.lab(lab));
    }

    /** {@code "imstb-" + lab + "-" + node}. */
    public static String namespace(String lab, String node) {
        return FabricNames.namespace(lab, node);
    }

    /** {@code "imstb-" + lab + "-sw"}, the namespace holding the bridges. */
    public static String switchNamespace(String lab) {
        return FabricNames.switchNamespace(lab);
    }

    /** The bridge of a network in the switch namespace: its name cut to 15 characters. */
    public static String bridge(String network) {
        return FabricNames.bridge(network);
    }

    /** Command prefix running something inside a node's namespace: {@code [ip, netns, exec, imstb-L-node]}. */
    public static List<String> execPrefix(String lab, String node) {
        return List.of("ip", "netns", "exec", namespace(lab, node));
    }

    private static void writeEtcFiles(FabricLayout layout) throws IOException {
        for (Node n : layout.nodes) {
            writeEtcFile(n.namespace(), "hosts", n.member().hosts());
            writeEtcFile(n.namespace(), "resolv.conf", n.member().resolvConf());
        }
    }

    private static void writeEtcFile(String namespace, String name, String text) throws IOException {
        if (text == null) {
            return;
        }
        Path dir = Files.createDirectories(FabricJanitor.ETC_NETNS.resolve(namespace));
        Files.writeString(dir.resolve(name), text.endsWith("\n") ? text : text + "\n", StandardCharsets.UTF_8);
    }
}
