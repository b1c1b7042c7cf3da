package org.imstb.topology.runtime.netns;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imstb.topology.runtime.netns.FabricPlan.Member;
import org.imstb.topology.runtime.netns.FabricPlan.Net;
import org.imstb.topology.runtime.netns.FabricPlan.Port;
import org.imstb.topology.runtime.netns.FabricPlan.Shaping;

/**
 * A validated {@link FabricPlan} with every kernel object named: bridges, member-side ({@code eth<i>},
 * {@code mgmt0}) and switch-side ({@code <node≤10>-<i>}, {@code <node≤10>-m}) interface names, addresses with their
 * prefix lengths. Switch-side names are unique in the switch namespace even when truncation collides.
 */
final class FabricLayout {
    /** Stems (the node part of switch-side names) are at most this long, leaving room for {@code -<index>}. */
    static final int STEM_MAX = 10;

    /** One veth pair between a member and a network bridge. */
    record Link(int index, String network, String bridge, String memberIf, String switchIf, String address,
                Shaping shaping) {
    }

    /** A member with its namespace, links, management port and default route. */
    record Node(Member member, String namespace, List<Link> links, String mgmtSwitchIf, String mgmtAddress,
                String gatewayIf) {
        String name() {
            return member.node();
        }
    }

    final String lab;
    final String switchNamespace;
    final String hostLink;
    final String hostAddress;
    /** Network name → bridge, in plan order. */
    final Map<String, String> bridges;
    final List<Node> nodes;

    private FabricLayout(String lab, String hostAddress, Map<String, String> bridges, List<Node> nodes) {
        this.lab = lab;
        this.switchNamespace = FabricNames.switchNamespace(lab);
        this.hostLink = FabricNames.hostLink(lab);
        this.hostAddress = hostAddress;
        this.bridges = bridges;
        this.nodes = nodes;
    }

    /** Validates the plan and names everything; throws IllegalArgumentException on the first problem. */
    static FabricLayout of(FabricPlan plan) {
        String lab = FabricNames.lab(plan.lab());
        Ipv6.Prefix mgmt = Ipv6.prefix(plan.mgmtPrefix(), "mgmt prefix");
        String hostAddress = mgmt.firstHost() + "/" + mgmt.length();

        Map<String, String> bridges = new LinkedHashMap<>();
        Map<String, Ipv6.Prefix> prefixes = new LinkedHashMap<>();
        Set<String> switchNames = new HashSet<>(Set.of(FabricNames.MGMT_BRIDGE, FabricNames.HOST_PEER));
        for (Net net : plan.networks()) {
            String bridge = FabricNames.bridge(net.name());
            if (bridges.containsKey(net.name())) {
                throw new IllegalArgumentException("network '" + net.name() + "' is listed twice");
            }
            if (!switchNames.add(bridge)) {
                throw new IllegalArgumentException("network '" + net.name() + "': bridge name '" + bridge
                        + "' is reserved or taken by another network (names are cut to " + FabricNames.IFNAME_MAX
                        + " characters)");
            }
            bridges.put(net.name(), bridge);
            prefixes.put(net.name(), Ipv6.prefix(net.prefix(), "network " + net.name()));
        }

        List<Node> nodes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> stems = new HashSet<>();
        for (Member m : plan.members()) {
            String node = FabricNames.node(m.node());
            if (!seen.add(node)) {
                throw new IllegalArgumentException("node '" + node + "' is listed twice");
            }
            String stem = stem(node, m.ports().size(), stems, switchNames);
            List<Link> links = new ArrayList<>();
            String gatewayIf = null;
            byte[] gateway = m.gateway() == null ? null : Ipv6.parse(m.gateway(), node + " gateway");
            for (int i = 0; i < m.ports().size(); i++) {
                Port p = m.ports().get(i);
                String where = node + ":" + p.network();
                Ipv6.Prefix prefix = prefixes.get(p.network());
                if (prefix == null) {
                    throw new IllegalArgumentException(where + ": no such network");
                }
                if (!prefix.contains(Ipv6.parse(p.address(), where))) {
                    throw new IllegalArgumentException(where + ": " + p.address() + " is not in " + plan.networks()
                            .stream().filter(n -> n.name().equals(p.network())).findFirst().orElseThrow().prefix());
                }
                TcShaping.validate(p.shaping(), where);
                if (gateway != null && gatewayIf == null && prefix.contains(gateway)) {
                    gatewayIf = "eth" + i;
                }
                links.add(new Link(i, p.network(), bridges.get(p.network()), "eth" + i, stem + "-" + i,
                        p.address() + "/" + prefix.length(), p.shaping()));
            }
            if (gateway != null && gatewayIf == null) {
                throw new IllegalArgumentException(node + ": gateway " + m.gateway() + " is on none of its networks");
            }
            String mgmtAddress = null;
            if (m.mgmtAddress() != null) {
                if (!mgmt.contains(Ipv6.parse(m.mgmtAddress(), node + " mgmt address"))) {
                    throw new IllegalArgumentException(node + ": mgmt address " + m.mgmtAddress()
                            + " is not in " + plan.mgmtPrefix());
                }
                mgmtAddress = m.mgmtAddress() + "/" + mgmt.length();
            }
            nodes.add(new Node(m, FabricNames.namespace(lab, node), List.copyOf(links), stem + "-m", mgmtAddress,
                    gatewayIf));
        }
        return new FabricLayout(lab, hostAddress, bridges, List.copyOf(nodes));
    }

    /**
     * The node's switch-side stem: its name cut to {@value #STEM_MAX}, or, when that (or one of the names derived from
     * it) is taken, a shorter cut followed by a counter ({@code pcscf-dom1}). Reserves the derived names.
     */
    private static String stem(String node, int ports, Set<String> stems, Set<String> switchNames) {
        for (int n = 0; ; n++) {
            String suffix = n == 0 ? "" : String.valueOf(n);
            String stem = FabricNames.truncate(node, STEM_MAX - suffix.length()) + suffix;
            List<String> names = new ArrayList<>();
            names.add(stem + "-m");
            for (int i = 0; i < ports; i++) {
                names.add(stem + "-" + i);
            }
            if (!stems.contains(stem) && names.stream().noneMatch(switchNames::contains)) {
                stems.add(stem);
                switchNames.addAll(names);
                return stem;
            }
        }
    }

    Node node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no node " + name));
    }

    boolean hasShaping() {
        return nodes.stream().flatMap(n -> n.links().stream()).anyMatch(l -> !TcShaping.isEmpty(l.shaping()));
    }

    boolean needsNetem() {
        return nodes.stream().flatMap(n -> n.links().stream()).anyMatch(l -> TcShaping.wantsNetem(l.shaping()));
    }

    /** Every namespace of the lab, the switch first. */
    List<String> namespaces() {
        List<String> all = new ArrayList<>();
        all.add(switchNamespace);
        nodes.forEach(n -> all.add(n.namespace()));
        return all;
    }
}
