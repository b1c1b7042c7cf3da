package org.imstb.topology.lab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imstb.topology.file.GroupEntry;
import org.imstb.topology.file.LinkEntry;
import org.imstb.topology.file.NetworkEntry;
import org.imstb.topology.file.NodeEntry;
import org.imstb.topology.file.NodeKind;
import org.imstb.topology.file.Topology;
import org.imstb.topology.file.TopologyFile;

/**
 * Places a validated topology: attachments (group network, listed networks, links), addresses (a node's fixed address,
 * else its kind's number in the network: pcscf {@code ::10}, icscf {@code ::11}, scscf {@code ::12}, hss {@code ::13},
 * pdf {@code ::14}, dhcp {@code ::15}, as {@code ::20}, dns {@code ::53}, router {@code ::1}, UEs from {@code ::100}; a
 * second node of a kind gets {@code ::1NN}, a third {@code ::2NN}), host names ({@code <host label>.<domain>}) and
 * ports.
 */
public final class LabPlanner {
    private LabPlanner() {
    }

    public static Lab plan(TopologyFile file, Path source, Addressing addressing) {
        Topology t = file.topology();
        Map<String, Set<String>> taken = new LinkedHashMap<>();
        t.nodes().forEach((name, node) -> {
            if (node.address() != null) {
                taken.computeIfAbsent(firstNetwork(t, node), k -> new HashSet<>()).add(node.address());
            }
        });
        List<LabNode> nodes = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, NodeEntry> e : t.nodes().entrySet()) {
            String name = e.getKey();
            NodeEntry node = e.getValue();
            NodeKind kind = node.nodeKind();
            List<LabNode.Attachment> ports = new ArrayList<>();
            for (String net : networks(t, name, node)) {
                NetworkEntry network = t.networks().get(net);
                String planned = ports.isEmpty() && node.address() != null ? node.address()
                        : nextAddress(network.base(), kind, taken.computeIfAbsent(net, k -> new HashSet<>()));
                LinkEntry link = link(t, name, net);
                ports.add(new LabNode.Attachment(net, addressing.address(name, network.base(), planned),
                        link == null ? null : link.rate(), link == null ? null : link.delay(),
                        link == null ? null : link.loss()));
            }
            GroupEntry group = node.group() == null ? null : t.groups().get(node.group());
            String domain = group == null ? null : group.domain();
            String host = domain == null || kind == NodeKind.UE ? null : Topology.hostLabel(name, node) + "." + domain;
            boolean sip = kind == NodeKind.PCSCF || kind == NodeKind.ICSCF || kind == NodeKind.SCSCF
                    || kind == NodeKind.AS;
            boolean diameter = kind == NodeKind.HSS || kind == NodeKind.ICSCF || kind == NodeKind.SCSCF
                    || kind == NodeKind.AS;
            nodes.add(new LabNode(name, kind, node.group(), domain, host, List.copyOf(ports),
                    sip ? addressing.port(name, kind, "sip", 5060) : 0,
                    diameter ? addressing.port(name, kind, "diameter", 3868) : 0,
                    kind == NodeKind.DNS ? addressing.port(name, kind, "dns", 53) : 0,
                    addressing.mgmtAddress(name, index), addressing.mgmtPort(name), node));
            index++;
        }
        return new Lab(file.name(), source, file, List.copyOf(nodes));
    }

    /** A node's networks: its group's, then those it lists, then those links add; each once. */
    static List<String> networks(Topology t, String name, NodeEntry node) {
        List<String> nets = new ArrayList<>();
        if (node.group() != null) {
            nets.add(t.groups().get(node.group()).network());
        }
        for (String n : node.networks()) {
            if (!nets.contains(n)) {
                nets.add(n);
            }
        }
        for (LinkEntry link : t.links()) {
            String other = link.endpoints().get(0).equals(name) ? link.endpoints().get(1)
                    : link.endpoints().get(1).equals(name) ? link.endpoints().get(0) : null;
            if (other != null && !nets.contains(other)) {
                nets.add(other);
            }
        }
        return nets;
    }

    private static String firstNetwork(Topology t, NodeEntry node) {
        return node.group() != null ? t.groups().get(node.group()).network() : node.networks().get(0);
    }

    private static LinkEntry link(Topology t, String node, String network) {
        for (LinkEntry l : t.links()) {
            if (l.endpoints().contains(node) && l.endpoints().contains(network)) {
                return l;
            }
        }
        return null;
    }

    private static String nextAddress(String base, NodeKind kind, Set<String> taken) {
        int number = kind.hostNumber();
        for (int step = 0; step < 10_000; step++) {
            int n = kind == NodeKind.UE || kind == NodeKind.ROUTER ? number + step : number + 100 * step;
            String candidate = base + n;
            if (taken.add(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no address left in " + base);
    }
}
