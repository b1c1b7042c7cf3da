package org.imstb.topology.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.imstb.common.trace.TraceRecord;
import org.imstb.topology.runtime.LabState;

/**
 * Names the peers of trace records and knows each column's kind and domain.
 *
 * <p>A record's {@code remote} is a socket address for SIP and the peer's Diameter identity for Diameter. It names a
 * node when it equals (in this order of preference) an address and port some node's records use as their own
 * {@code local} (learned from the traces, so this works without lab.json), a node's host name or Diameter identity,
 * or — with lab.json — a node's address, disambiguated by its SIP, Diameter or DNS port when several nodes share
 * the address (the local runtime puts every node on {@code ::1}). An address that belongs to a UE names the UE (UEs
 * write no traces; of several candidates, the one in the observing node's group). Anything else stays an address.
 */
final class NodeDirectory {
    private final Map<String, NodeInfo> nodes = new LinkedHashMap<>();
    private final Map<String, String> endpoints = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final List<LabState.NodeState> lab;

    private NodeDirectory(List<LabState.NodeState> lab) {
        this.lab = lab;
    }

    /** From lab.json (may be null) and the records themselves. */
    static NodeDirectory of(LabState state, List<TraceRecord> records) {
        NodeDirectory d = new NodeDirectory(state == null ? List.of() : state.nodes());
        if (state != null) {
            d.addLab(state);
        }
        d.learn(records);
        return d;
    }

    private void addLab(LabState state) {
        List<String> groups = new ArrayList<>();
        for (LabState.NodeState n : state.nodes()) {
            if (n.group() != null && !groups.contains(n.group())) {
                groups.add(n.group());
            }
        }
        for (LabState.NodeState n : state.nodes()) {
            int rank = n.group() == null ? Integer.MAX_VALUE - 1 : groups.indexOf(n.group());
            nodes.put(n.name(), new NodeInfo(n.name(), n.kind(), n.group(), n.domain(), rank));
            names.put(n.name().toLowerCase(Locale.ROOT), n.name());
            if (n.host() != null) {
                names.putIfAbsent(n.host().toLowerCase(Locale.ROOT), n.name());
            }
        }
    }

    private void learn(List<TraceRecord> records) {
        Map<String, Set<String>> seen = new HashMap<>();
        Map<String, String> guessedDomain = new HashMap<>();
        for (TraceRecord r : records) {
            if (r.node() == null || r.local() == null) {
                continue;
            }
            PeerAddress local = PeerAddress.parse(r.local());
            if (local.isIp() && local.port() > 0) {
                seen.computeIfAbsent(local.toString(), k -> new HashSet<>()).add(r.node());
            } else if (!local.host().isEmpty() && !local.isIp()) {
                names.putIfAbsent(local.host(), r.node());
                int dot = local.host().indexOf('.');
                if (dot > 0) {
                    guessedDomain.putIfAbsent(r.node(), local.host().substring(dot + 1));
                }
            }
            names.putIfAbsent(r.node().toLowerCase(Locale.ROOT), r.node());
        }
        seen.forEach((endpoint, owners) -> {
            if (owners.size() == 1) {
                endpoints.put(endpoint, owners.iterator().next());
            }
        });
        guessNodes(records, guessedDomain);
    }

    /** Without lab.json: kind from the name ({@code pcscf1} → pcscf), group from its number, domain if learned. */
    private void guessNodes(List<TraceRecord> records, Map<String, String> guessedDomain) {
        Map<String, String> domainOfGroup = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (TraceRecord r : records) {
            if (r.node() != null && !nodes.containsKey(r.node()) && !unknown.contains(r.node())) {
                unknown.add(r.node());
            }
        }
        for (String n : unknown) {
            String group = n.replaceAll("^.*?(\\d+)$", "$1");
            if (guessedDomain.containsKey(n) && !group.equals(n)) {
                domainOfGroup.putIfAbsent(group, guessedDomain.get(n));
            }
        }
        for (String n : unknown) {
            String kind = n.replaceAll("\\d+$", "");
            String group = n.equals(kind) ? null : n.substring(kind.length());
            int rank = group == null ? Integer.MAX_VALUE - 1 : Integer.parseInt(group.length() > 6 ? "999999" : group);
            String domain = group == null ? null : domainOfGroup.get(group);
            nodes.put(n, new NodeInfo(n, kind, group, domain, rank));
        }
    }

    /** The name of the peer {@code remote} as seen from node {@code observer}. */
    String resolve(String observer, String remote) {
        PeerAddress p = PeerAddress.parse(remote);
        if (p.host().isEmpty()) {
            return "?";
        }
        String owner = endpoints.get(p.toString());
        if (owner != null) {
            return owner;
        }
        if (!p.isIp()) {
            String n = names.get(p.host());
            return n != null ? n : p.toString();
        }
        List<LabState.NodeState> byAddress = new ArrayList<>();
        for (LabState.NodeState n : lab) {
            for (String a : n.addresses()) {
                int eq = a.indexOf('=');
                if (PeerAddress.normalizeHost(a.substring(eq + 1)).equals(p.host())) {
                    byAddress.add(n);
                    break;
                }
            }
        }
        if (p.port() > 0) {
            List<LabState.NodeState> byPort = byAddress.stream().filter(n -> n.sipPort() == p.port()
                    || n.diameterPort() == p.port() || n.dnsPort() == p.port()).toList();
            if (byPort.size() == 1) {
                return byPort.get(0).name();
            }
        }
        if (byAddress.size() == 1) {
            return byAddress.get(0).name();
        }
        List<LabState.NodeState> ues = byAddress.stream().filter(n -> "ue".equals(n.kind())).toList();
        if (!ues.isEmpty()) {
            NodeInfo o = nodes.get(observer);
            String group = o == null ? null : o.group();
            return ues.stream().filter(u -> group != null && group.equals(u.group())).findFirst().orElse(ues.get(0))
                    .name();
        }
        return p.toString();
    }

    /** The column of a name (an unknown peer when it is not a node). */
    NodeInfo info(String name) {
        NodeInfo n = nodes.get(name);
        return n != null ? n : NodeInfo.unknown(name);
    }

    /** Ladder column order: domain by domain (lab order), UE, P-CSCF, I-CSCF, S-CSCF, HSS, PDF; then DNS, others. */
    Comparator<String> columnOrder() {
        return Comparator.<String>comparingInt(n -> info(n).groupRank()).thenComparingInt(n -> info(n).kindRank())
                .thenComparing(NodeDirectory::naturalKey);
    }

    /** {@code ue2} before {@code ue10}. */
    private static String naturalKey(String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+").matcher(name);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        while (m.find()) {
            sb.append(name, last, m.start()).append(String.format("%010d", Long.parseLong(
                    m.group().length() > 18 ? m.group().substring(0, 18) : m.group())));
            last = m.end();
        }
        return sb.append(name.substring(last)).toString();
    }
}
