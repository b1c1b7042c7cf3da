package org.imstb.topology.file;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imstb.common.config.FieldErrors;
import org.imstb.common.config.Validatable;

/**
 * The {@code topology} section: {@code defaults} and {@code kinds} settings, {@code networks}, {@code groups}
 * (operator domains), {@code nodes} and {@code links}. Validation checks every cross reference (a node's group and
 * networks exist, a UE's subscriber is in its group, links join a node and a network, no two nodes share an address
 * or a host name) and names the field that is wrong.
 */
public record Topology(Settings defaults, Map<String, Settings> kinds, Map<String, NetworkEntry> networks,
        Map<String, GroupEntry> groups, Map<String, NodeEntry> nodes, List<LinkEntry> links) implements Validatable {
    private static final String NODE_NAME = "[a-z][a-z0-9-]{0,19}";

    public Topology {
        defaults = defaults == null ? Settings.NONE : defaults;
        kinds = kinds == null ? Map.of() : new LinkedHashMap<>(kinds);
        networks = networks == null ? Map.of() : new LinkedHashMap<>(networks);
        groups = groups == null ? Map.of() : new LinkedHashMap<>(groups);
        nodes = nodes == null ? Map.of() : new LinkedHashMap<>(nodes);
        links = links == null ? List.of() : List.copyOf(links);
    }

    @Override
    public void validate(FieldErrors at) {
        at.nested(defaults, "defaults");
        FieldErrors k = at.at("kinds");
        kinds.forEach((kind, s) -> {
            k.require(NodeKind.of(kind) != null, kind, "unknown kind (known: " + NodeKind.ids() + ")");
            k.nested(s, kind);
        });
        at.require(!networks.isEmpty(), "networks", "at least one network is required");
        FieldErrors n = at.at("networks");
        Map<String, String> prefixes = new HashMap<>();
        networks.forEach((name, net) -> {
            n.require(name.matches("[a-z][a-z0-9-]{0,14}"), name,
                    "network names are a letter and up to 14 letters, digits or '-'");
            n.require(!name.equals("mgmt") && !name.equals("mgmt-host"), name,
                    "'mgmt' and 'mgmt-host' are reserved (the management network)");
            n.require(net != null, name, "needs a prefix");
            n.nested(net, name);
            String other = prefixes.put(net.prefix(), name);
            n.at(name).require(other == null, "prefix", "same prefix as network " + other);
        });
        FieldErrors g = at.at("groups");
        Map<String, String> domains = new HashMap<>();
        groups.forEach((name, group) -> {
            g.require(name.matches(NODE_NAME), name, "group names are a letter and up to 19 letters, digits or '-'");
            g.require(group != null, name, "needs a domain and a network");
            g.nested(group, name);
            g.at(name).require(networks.containsKey(group.network()), "network",
                    "unknown network '" + group.network() + "' (networks: " + networks.keySet() + ")");
            String other = domains.put(group.domain(), name);
            g.at(name).require(other == null, "domain", "same domain as group " + other);
        });
        at.require(!nodes.isEmpty(), "nodes", "at least one node is required");
        FieldErrors nodesAt = at.at("nodes");
        nodes.forEach((name, node) -> {
            nodesAt.require(name.matches(NODE_NAME), name,
                    "node names are a lowercase letter and up to 19 lowercase letters, digits or '-'");
            nodesAt.require(!name.equals("sw"), name, "'sw' is reserved (the netns runtime's switch namespace)");
            nodesAt.require(node != null, name, "needs a kind");
            nodesAt.nested(node, name);
            checkNode(nodesAt.at(name), node);
        });
        checkUnique(nodesAt);
        for (int i = 0; i < links.size(); i++) {
            FieldErrors l = at.at("links", i);
            LinkEntry link = links.get(i);
            l.require(link != null, "endpoints", "is required");
            link.validate(l);
            String a = link.endpoints().get(0);
            String b = link.endpoints().get(1);
            boolean ok = nodes.containsKey(a) && networks.containsKey(b) || nodes.containsKey(b) && networks.containsKey(a);
            l.require(ok, "endpoints", "must be a node and a network of this topology, got " + link.endpoints());
        }
    }

    private void checkNode(FieldErrors at, NodeEntry node) {
        NodeKind kind = node.nodeKind();
        if (kind.inDomain()) {
            at.require(node.group() != null, "group", "a " + kind.id() + " node belongs to a group (operator domain)");
        }
        if (node.group() != null) {
            at.require(groups.containsKey(node.group()), "group",
                    "unknown group '" + node.group() + "' (groups: " + groups.keySet() + ")");
        }
        at.require(node.group() != null || !node.networks().isEmpty(), "networks",
                "a node without a group names its networks");
        for (int i = 0; i < node.networks().size(); i++) {
            String net = node.networks().get(i);
            at.require(networks.containsKey(net), "networks[" + i + "]",
                    "unknown network '" + net + "' (networks: " + networks.keySet() + ")");
        }
        if (kind == NodeKind.UE) {
            at.requireText(node.subscriber(), "subscriber");
            GroupEntry group = groups.get(node.group());
            at.require(group.subscribers().stream().anyMatch(s -> s.user().equals(node.subscriber())), "subscriber",
                    "no subscriber '" + node.subscriber() + "' in group " + node.group());
        } else {
            at.require(node.subscriber() == null, "subscriber", "only ue nodes act as a subscriber");
        }
        if (kind == NodeKind.ROUTER) {
            at.require(node.networks().size() >= 2 || links.size() > 0, "networks",
                    "a router joins at least two networks");
        }
    }

    private void checkUnique(FieldErrors nodesAt) {
        Map<String, String> hosts = new HashMap<>();
        Map<String, String> addresses = new HashMap<>();
        nodes.forEach((name, node) -> {
            if (node.group() != null && node.nodeKind() != NodeKind.UE) {
                String host = hostLabel(name, node) + "." + groups.get(node.group()).domain();
                String other = hosts.put(host, name);
                nodesAt.at(name).require(other == null, "host", "host name " + host + " is also " + other
                        + "'s; give one of them another host label");
            }
            if (node.address() != null) {
                String other = addresses.put(node.address(), name);
                nodesAt.at(name).require(other == null, "address", "address " + node.address() + " is also " + other
                        + "'s");
            }
        });
    }

    /**
     * The node's DNS label in its domain: {@code host}, else its kind ({@code scscf}); an application server, of which
     * a domain often has several, defaults to its node name ({@code as1}).
     */
    public static String hostLabel(String name, NodeEntry node) {
        if (node.host() != null) {
            return node.host();
        }
        return node.nodeKind() == NodeKind.AS ? name : node.kind();
    }
}
