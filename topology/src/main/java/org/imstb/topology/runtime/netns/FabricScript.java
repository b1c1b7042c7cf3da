package org.imstb.topology.runtime.netns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.imstb.topology.runtime.netns.FabricLayout.Link;
import org.imstb.topology.runtime.netns.FabricLayout.Node;

/**
 * Turns a {@link FabricLayout} into the few batch scripts that build it, in order: {@link #host} (namespaces, their
 * sysctls, the host link), {@link #switchPorts} (bridges and veth pairs), {@link #shaping} (tc) and one
 * {@link #member} script per node (addresses, up, default route). Pure: no process is run here.
 *
 * <p>Interface names always follow an explicit {@code name}/{@code dev} keyword: {@code ip link add a type bridge}
 * would read {@code a} as {@code address}.
 */
final class FabricScript {
    private final FabricLayout layout;
    private final boolean sysctlBinary;

    /**
     * @param sysctlBinary whether {@code sysctl} is installed; otherwise the sysctls are written with {@code sh -c}
     */
    FabricScript(FabricLayout layout, boolean sysctlBinary) {
        this.layout = layout;
        this.sysctlBinary = sysctlBinary;
    }

    /**
     * Host namespace, one {@code ip -batch}: adds every namespace, sets their sysctls through {@code netns exec}
     * (forked by ip, so no process per namespace from the JVM) before any interface exists there (new interfaces
     * copy the defaults), then creates the host link with its peer directly in the switch namespace.
     */
    Batch host() {
        List<String> lines = new ArrayList<>();
        layout.namespaces().forEach(ns -> lines.add("netns add " + ns));
        // the switch only bridges: no IPv6 on its interfaces, so no link-local, DAD, MLD or RS chatter from it
        Map<String, String> switchValues = new LinkedHashMap<>();
        switchValues.put("net.ipv6.conf.all.disable_ipv6", "1");
        switchValues.put("net.ipv6.conf.default.disable_ipv6", "1");
        lines.add(sysctl(layout.switchNamespace, switchValues));
        for (Node n : layout.nodes) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("net.ipv6.conf.all.accept_dad", "0");
            values.put("net.ipv6.conf.default.accept_dad", "0");
            values.put("net.ipv6.conf.default.router_solicitations", "0");
            if (n.member().forwarding()) {
                values.put("net.ipv6.conf.all.forwarding", "1");
            }
            lines.add(sysctl(n.namespace(), values));
        }
        lines.add("link add name " + layout.hostLink + " type veth peer name " + FabricNames.HOST_PEER
                + " netns " + layout.switchNamespace);
        lines.add("addr add " + layout.hostAddress + " dev " + layout.hostLink + " nodad");
        lines.add("link set dev " + layout.hostLink + " up");
        return new Batch("host namespace setup", List.of("ip", "-batch", "-"), lines);
    }

    /** Switch namespace, one {@code ip -batch}: bridges (snooping off so multicast floods), veth pairs, enslaving. */
    Batch switchPorts() {
        List<String> lines = new ArrayList<>();
        List<String> bridges = new ArrayList<>();
        bridges.add(FabricNames.MGMT_BRIDGE);
        bridges.addAll(layout.bridges.values());
        for (String bridge : bridges) {
            lines.add("link add name " + bridge + " type bridge mcast_snooping 0");
            lines.add("link set dev " + bridge + " up");
        }
        lines.add("link set dev " + FabricNames.HOST_PEER + " master " + FabricNames.MGMT_BRIDGE + " up");
        for (Node n : layout.nodes) {
            for (Link l : n.links()) {
                lines.addAll(veth(l.switchIf(), l.memberIf(), n.namespace(), l.bridge()));
            }
            lines.addAll(veth(n.mgmtSwitchIf(), FabricNames.MGMT_IF, n.namespace(), FabricNames.MGMT_BRIDGE));
        }
        return new Batch("switch namespace " + layout.switchNamespace, ipIn(layout.switchNamespace, false), lines);
    }

    /**
     * The tc script for every shaped port, or null when nothing is shaped (or only delay/loss without netem).
     * Without netem, delay/loss are dropped with a warning added to {@code warnings}.
     */
    Batch shaping(boolean netem, List<String> warnings) {
        List<String> lines = new ArrayList<>();
        for (Node n : layout.nodes) {
            for (Link l : n.links()) {
                if (!netem && TcShaping.wantsNetem(l.shaping())) {
                    warnings.add("sch_netem is not available on this kernel: delay/loss on " + n.name() + ":"
                            + l.network() + " ignored");
                }
                lines.addAll(TcShaping.lines(l.switchIf(), l.shaping(), netem));
            }
        }
        return lines.isEmpty() ? null : new Batch("tc shaping in " + layout.switchNamespace,
                List.of("tc", "-n", layout.switchNamespace, "-batch", "-"), lines);
    }

    /** A member's namespace, one {@code ip -6 -batch}: lo up, addresses (nodad), interfaces up, default route. */
    Batch member(Node n) {
        List<String> lines = new ArrayList<>();
        lines.add("link set dev lo up");
        for (Link l : n.links()) {
            lines.add("addr add " + l.address() + " dev " + l.memberIf() + " nodad");
            lines.add("link set dev " + l.memberIf() + " up");
        }
        if (n.mgmtAddress() != null) {
            lines.add("addr add " + n.mgmtAddress() + " dev " + FabricNames.MGMT_IF + " nodad");
        }
        lines.add("link set dev " + FabricNames.MGMT_IF + " up");
        if (n.gatewayIf() != null) {
            lines.add("route add default via " + n.member().gateway() + " dev " + n.gatewayIf());
        }
        return new Batch("node " + n.name() + " (" + n.namespace() + ")", ipIn(n.namespace(), true), lines);
    }

    List<Batch> members() {
        return layout.nodes.stream().map(this::member).collect(Collectors.toList());
    }

    /** Trial of a netem qdisc on the switch namespace's mgmt bridge, removed again. */
    static Batch netemTrial(String switchNamespace) {
        return new Batch("netem trial", List.of("tc", "-n", switchNamespace, "-batch", "-"), List.of(
                "qdisc add dev " + FabricNames.MGMT_BRIDGE + " root handle 1: netem delay 1ms",
                "qdisc del dev " + FabricNames.MGMT_BRIDGE + " root"));
    }

    /** Deletes the given namespaces and, when not null, the host link; continues past errors ({@code -force}). */
    static Batch teardown(List<String> namespaces, String hostLink) {
        List<String> lines = new ArrayList<>();
        if (hostLink != null) {
            lines.add("link del dev " + hostLink);
        }
        namespaces.forEach(ns -> lines.add("netns del " + ns));
        return new Batch("teardown", List.of("ip", "-force", "-batch", "-"), lines);
    }

    private static List<String> ipIn(String namespace, boolean inet6) {
        return inet6 ? List.of("ip", "-6", "-n", namespace, "-batch", "-")
                : List.of("ip", "-n", namespace, "-batch", "-");
    }

    private static List<String> veth(String switchIf, String memberIf, String namespace, String bridge) {
        return List.of("link add name " + switchIf + " type veth peer name " + memberIf + " netns " + namespace,
                "link set dev " + switchIf + " master " + bridge + " up");
    }

    private String sysctl(String namespace, Map<String, String> values) {
        if (sysctlBinary) {
            return "netns exec " + namespace + " sysctl -qw " + values.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
        }
        return "netns exec " + namespace + " sh -c \"" + values.entrySet().stream()
                .map(e -> "echo " + e.getValue() + " > /proc/sys/" + e.getKey().replace('.', '/'))
                .collect(Collectors.joining(" && ")) + "\"";
    }
}
