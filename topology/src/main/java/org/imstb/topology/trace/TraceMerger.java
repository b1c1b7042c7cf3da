package org.imstb.topology.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.imstb.common.trace.Direction;
import org.imstb.common.trace.TraceRecord;

/**
 * Turns the records of all nodes into one list of messages (see {@link TraceSet} for the rules): drops the second
 * copy of a doubly logged receive, pairs each sent copy with its received copy, estimates clock offsets
 * ({@link ClockSync}) and orders the messages causally.
 */
final class TraceMerger {
    /** JAIN-SIP logs a received response twice, once per layer, with the peer written differently. */
    private static final long DOUBLE_LOG_NS = 2_000_000_000L;
    /** Identical copies closer than this are one message logged twice, not a retransmission (T1 is 500 ms). */
    private static final long SAME_COPY_NS = 50_000_000L;

    private final NodeDirectory directory;
    private final boolean estimateClocks;

    TraceMerger(NodeDirectory directory, boolean estimateClocks) {
        this.directory = directory;
        this.estimateClocks = estimateClocks;
    }

    /** The merge result: ordered messages and each node's clock offset (ns, subtract from its local times). */
    record Merged(List<TraceMessage> messages, Map<String, Long> offsets) {
    }

    private static final class Event {
        final TraceRecord record;
        final int seq;
        final MessageInfo info;
        final String peer;
        Msg msg;

        Event(TraceRecord record, int seq, MessageInfo info, String peer) {
            this.record = record;
            this.seq = seq;
            this.info = info;
            this.peer = peer;
        }

        long time() {
            return record.timeNs();
        }
    }

    private static final class Msg {
        Event sent;
        Event received;
        String from;
        String to;
        long time;
        boolean emitted;

        Event anchor() {
            return sent != null ? sent : received;
        }
    }

    Merged merge(List<TraceRecord> records) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            TraceRecord r = records.get(i);
            events.add(new Event(r, i, MessageInfo.of(r), directory.resolve(r.node(), r.remote())));
        }
        events = dropDoubleLogs(events);
        List<Msg> msgs = pair(events);
        List<ClockSync.Pair> pairs = new ArrayList<>();
        Set<String> nodes = new TreeSet<>();
        for (Msg m : msgs) {
            if (m.sent != null) {
                nodes.add(m.sent.record.node());
            }
            if (m.received != null) {
                nodes.add(m.received.record.node());
            }
            if (m.sent != null && m.received != null) {
                pairs.add(new ClockSync.Pair(m.from, m.to, m.sent.time(), m.received.time()));
            }
        }
        Map<String, Long> offsets = ClockSync.offsets(nodes, estimateClocks ? pairs : List.of());
        for (Msg m : msgs) {
            Event a = m.anchor();
            m.time = a.time() - offsets.getOrDefault(a.record.node(), 0L);
        }
        List<Msg> ordered = order(msgs);
        return new Merged(messages(ordered, offsets), offsets);
    }

    private static List<Event> dropDoubleLogs(List<Event> events) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingLong(Event::time).thenComparingInt(e -> e.seq));
        Map<String, Event> lastIn = new HashMap<>();
        List<Event> kept = new ArrayList<>(events.size());
        for (Event e : sorted) {
            if (e.record.direction() == Direction.IN) {
                String k = e.record.node() + "\u0000" + e.peer + "\u0000" + e.record.message();
                Event prev = lastIn.get(k);
                if (prev != null) {
                    long gap = e.time() - prev.time();
                    boolean otherSpelling = !prev.record.remote().equals(e.record.remote());
                    if (gap <= SAME_COPY_NS || (otherSpelling && gap <= DOUBLE_LOG_NS)) {
                        continue;
                    }
                }
                lastIn.put(k, e);
            }
            kept.add(e);
        }
        return kept;
    }

    /** Sent copies with received copies: same key, sent towards the receiving node; in order within one key. */
    private List<Msg> pair(List<Event> events) {
        Map<String, List<Event>> outs = new LinkedHashMap<>();
        Map<String, List<Event>> ins = new LinkedHashMap<>();
        Set<String> traced = new HashSet<>();
        for (Event e : events) {
            traced.add(e.record.node());
        }
        for (Event e : events) {
            if (e.info.key() == null) {
                continue;
            }
            if (e.record.direction() == Direction.OUT) {
                outs.computeIfAbsent(e.info.key() + "\u0000" + e.peer, k -> new ArrayList<>()).add(e);
            } else {
                ins.computeIfAbsent(e.info.key() + "\u0000" + e.record.node(), k -> new ArrayList<>()).add(e);
            }
        }
        List<Msg> msgs = new ArrayList<>();
        Set<Event> used = new HashSet<>();
        for (Map.Entry<String, List<Event>> in : ins.entrySet()) {
            List<Event> out = outs.getOrDefault(in.getKey(), List.of());
            for (int i = 0; i < Math.min(out.size(), in.getValue().size()); i++) {
                msgs.add(both(out.get(i), in.getValue().get(i)));
                used.add(out.get(i));
                used.add(in.getValue().get(i));
            }
        }
        // a sent copy whose peer did not resolve to the receiving node (NAT, ephemeral ports): pair by key alone
        Map<String, List<Event>> looseOuts = new LinkedHashMap<>();
        for (Event e : events) {
            if (e.record.direction() == Direction.OUT && !used.contains(e) && e.info.key() != null
                    && !traced.contains(e.peer)) {
                looseOuts.computeIfAbsent(e.info.key(), k -> new ArrayList<>()).add(e);
            }
        }
        for (Event e : events) {
            if (e.record.direction() != Direction.IN || used.contains(e) || e.info.key() == null) {
                continue;
            }
            List<Event> candidates = looseOuts.getOrDefault(e.info.key(), List.of());
            Event out = candidates.stream().filter(o -> !used.contains(o) && !o.record.node().equals(e.record.node()))
                    .findFirst().orElse(null);
            if (out != null) {
                msgs.add(both(out, e));
                used.add(out);
                used.add(e);
            }
        }
        for (Event e : events) {
            if (used.contains(e)) {
                continue;
            }
            Msg m = new Msg();
            if (e.record.direction() == Direction.OUT) {
                m.sent = e;
                m.from = e.record.node();
                m.to = e.peer;
            } else {
                m.received = e;
                m.from = e.peer;
                m.to = e.record.node();
            }
            e.msg = m;
            msgs.add(m);
        }
        return msgs;
    }

    private static Msg both(Event out, Event in) {
        Msg m = new Msg();
        m.sent = out;
        m.received = in;
        m.from = out.record.node();
        m.to = in.record.node();
        out.msg = m;
        in.msg = m;
        return m;
    }

    /**
     * Causal order: a message comes after every message its anchor node (the sender, or the receiver when the sender
     * traced nothing) saw before sending (receiving) it, whatever the clocks say; among the messages free to go
     * next, the earliest corrected time first. Should logging delays make that impossible, the earliest waiting
     * message goes next.
     */
    private static List<Msg> order(List<Msg> msgs) {
        Map<String, List<Event>> perNode = new LinkedHashMap<>();
        for (Msg m : msgs) {
            for (Event e : new Event[] {m.sent, m.received}) {
                if (e != null) {
                    perNode.computeIfAbsent(e.record.node(), k -> new ArrayList<>()).add(e);
                }
            }
        }
        perNode.values().forEach(l -> l.sort(Comparator.comparingLong(Event::time).thenComparingInt(e -> e.seq)));
        List<List<Event>> lanes = new ArrayList<>(perNode.values());
        int[] head = new int[lanes.size()];
        List<Msg> out = new ArrayList<>(msgs.size());
        Comparator<Msg> earliest = Comparator.<Msg>comparingLong(m -> m.time).thenComparingInt(m -> m.anchor().seq);
        while (out.size() < msgs.size()) {
            Msg next = null;
            Msg fallback = null;
            for (int i = 0; i < lanes.size(); i++) {
                List<Event> lane = lanes.get(i);
                while (head[i] < lane.size() && lane.get(head[i]).msg.emitted) {
                    head[i]++;
                }
                if (head[i] == lane.size()) {
                    continue;
                }
                Event e = lane.get(head[i]);
                if (fallback == null || earliest.compare(e.msg, fallback) < 0) {
                    fallback = e.msg;
                }
                if (e.msg.anchor() == e && (next == null || earliest.compare(e.msg, next) < 0)) {
                    next = e.msg;
                }
            }
            Msg m = next != null ? next : fallback;
            m.emitted = true;
            out.add(m);
        }
        return out;
    }

    private static List<TraceMessage> messages(List<Msg> ordered, Map<String, Long> offsets) {
        List<TraceMessage> out = new ArrayList<>(ordered.size());
        Set<String> seen = new HashSet<>();
        Map<String, Set<String>> requestIds = new HashMap<>();
        for (Msg m : ordered) {
            String k = m.anchor().info.key();
            if (k != null && k.startsWith("DIAMETER|") && k.contains("|R|")) {
                requestIds.computeIfAbsent(k, x -> new HashSet<>()).addAll(m.anchor().info.identities());
            }
        }
        for (Msg m : ordered) {
            Event a = m.anchor();
            MessageInfo info = a.info;
            Set<String> ids = info.identities();
            if (info.key() != null && info.key().startsWith("DIAMETER|") && info.key().contains("|A|")) {
                Set<String> req = requestIds.get(info.key().replaceFirst("\\|A\\|", "|R|"));
                if (req != null && !req.isEmpty()) {
                    ids = new HashSet<>(ids);
                    ids.addAll(req);
                    ids = Set.copyOf(ids);
                }
            }
            boolean rtx = info.retransmission()
                    || (info.key() != null && !seen.add(info.key() + "\u0000" + m.from + "\u0000" + m.to));
            out.add(new TraceMessage(m.time, m.from, m.to, a.record.protocol(), a.record.transport(),
                    a.record.summary(), info.label(), info.tokens(), a.record.message(), corrected(m.sent, offsets),
                    corrected(m.received, offsets), rtx, info.callId(), ids));
        }
        return out;
    }

    private static Long corrected(Event e, Map<String, Long> offsets) {
        return e == null ? null : e.time() - offsets.getOrDefault(e.record.node(), 0L);
    }
}
