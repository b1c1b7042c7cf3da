package org.imstb.topology.trace;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Estimates how far each node's clock is from a reference node's, from messages both ends traced.
 *
 * <p>Method. For two nodes A and B let θ be B's clock minus A's. A message from A to B sent at {@code s} (A's clock)
 * and received at {@code r} (B's clock) cannot arrive before it left, so {@code r - θ >= s}: θ ≤ {@code r - s}.
 * The smallest one-way figure over all A→B messages, {@code dAB = min(r - s)}, is the tightest such bound, and
 * B→A messages give θ ≥ {@code -dBA}. If θ = 0 lies within {@code [-dBA, dAB]} the clocks are taken to agree
 * (nodes on one host share a clock; the interval is then just the logging jitter). Otherwise θ is the midpoint
 * {@code (dAB - dBA) / 2}, the classic NTP estimate that assumes both directions' fastest messages took equally
 * long; with messages in one direction only, θ is the bound itself ({@code dAB} when it is negative), the least
 * correction that makes every receive follow its send.
 *
 * <p>Pairwise estimates are then propagated from a reference node — the node with the most paired messages — along
 * a maximum spanning tree of the node graph weighted by the number of paired messages (Prim), adding θ edge by edge.
 * A node not connected to the reference by any paired message keeps offset 0. A corrected time is
 * {@code local time - offset}, on the reference node's clock.
 */
final class ClockSync {
    private ClockSync() {
    }

    /** A message both ends traced: sent at {@code sentNs} on the sender's clock, received on the receiver's. */
    record Pair(String sender, String receiver, long sentNs, long receivedNs) {
    }

    /** Offsets in ns (node clock minus reference clock) of every node in {@code nodes}; the reference gets 0. */
    static Map<String, Long> offsets(Collection<String> nodes, List<Pair> pairs) {
        Map<String, Long> out = new TreeMap<>();
        nodes.forEach(n -> out.put(n, 0L));
        Map<String, Map<String, Long>> minDelay = new HashMap<>();
        Map<String, Map<String, Integer>> weight = new HashMap<>();
        Map<String, Integer> perNode = new HashMap<>();
        for (Pair p : pairs) {
            if (p.sender().equals(p.receiver())) {
                continue;
            }
            minDelay.computeIfAbsent(p.sender(), k -> new HashMap<>()).merge(p.receiver(),
                    p.receivedNs() - p.sentNs(), Math::min);
            weight.computeIfAbsent(p.sender(), k -> new HashMap<>()).merge(p.receiver(), 1, Integer::sum);
            weight.computeIfAbsent(p.receiver(), k -> new HashMap<>()).merge(p.sender(), 1, Integer::sum);
            perNode.merge(p.sender(), 1, Integer::sum);
            perNode.merge(p.receiver(), 1, Integer::sum);
            out.putIfAbsent(p.sender(), 0L);
            out.putIfAbsent(p.receiver(), 0L);
        }
        Set<String> remaining = new TreeSet<>(perNode.keySet());
        while (!remaining.isEmpty()) {
            String ref = remaining.stream().max((a, b) -> perNode.get(a).equals(perNode.get(b)) ? b.compareTo(a)
                    : Integer.compare(perNode.get(a), perNode.get(b))).orElseThrow();
            Set<String> tree = new HashSet<>();
            tree.add(ref);
            remaining.remove(ref);
            out.put(ref, 0L);
            while (true) {
                String bestFrom = null;
                String bestTo = null;
                int best = 0;
                for (String a : new TreeSet<>(tree)) {
                    for (Map.Entry<String, Integer> e : new TreeMap<>(weight.getOrDefault(a, Map.of())).entrySet()) {
                        if (!tree.contains(e.getKey()) && e.getValue() > best) {
                            best = e.getValue();
                            bestFrom = a;
                            bestTo = e.getKey();
                        }
                    }
                }
                if (bestTo == null) {
                    break;
                }
                out.put(bestTo, out.get(bestFrom) + theta(minDelay, bestFrom, bestTo));
                tree.add(bestTo);
                remaining.remove(bestTo);
            }
        }
        return out;
    }

    /** Estimated clock of {@code b} minus clock of {@code a}. */
    static long theta(Map<String, Map<String, Long>> minDelay, String a, String b) {
        Long dab = minDelay.getOrDefault(a, Map.of()).get(b);
        Long dba = minDelay.getOrDefault(b, Map.of()).get(a);
        if (dab != null && dba != null) {
            long lo = -dba;
            long hi = dab;
            return lo <= 0 && 0 <= hi ? 0 : Math.floorDiv(dab - dba, 2);
        }
        if (dab != null) {
            return Math.min(0, dab);
        }
        return dba == null ? 0 : Math.max(0, -dba);
    }
}
