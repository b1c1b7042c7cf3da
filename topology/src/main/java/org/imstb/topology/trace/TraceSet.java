package org.imstb.topology.trace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.imstb.common.trace.TraceRecord;
import org.imstb.topology.runtime.LabState;

/**
 * A run's trace: every {@code *.trace.jsonl} of a directory merged into one ordered list of messages.
 *
 * <p><b>Peers.</b> Records name their peer by address (SIP) or Diameter identity; {@link NodeDirectory} turns those
 * into node names using lab.json when the directory has one, and what the records say about themselves otherwise.
 *
 * <p><b>Merging.</b> A message between two traced nodes is in both files: the sender's OUT record and the receiver's
 * IN record are paired on a key — SIP: start line, Call-ID, CSeq and top Via branch (a proxy's every hop has its own
 * branch); Diameter: command code, request flag, end-to-end identifier and Session-Id (the hop-by-hop identifier
 * cannot serve: the sender's copy of a request is traced before the stack assigns it) — and shown once, from sender
 * to receiver. Several copies with one key (retransmissions) pair in order; a later copy on the same hop is marked a
 * retransmission. A message with only one traced end (to or from a UE, an unknown peer) is shown from its one record.
 * JAIN-SIP logs each received response twice, once per stack layer with the peer address written differently
 * ({@code [::1]:5060} and {@code 0:0:0:0:0:0:0:1:5060}); the second copy is dropped.
 *
 * <p><b>Clocks.</b> Nodes may run on different clocks (containers, remote hosts). {@link ClockSync} estimates each
 * node's offset from the paired messages (a receive cannot precede its send; minimum one-way delay per node pair;
 * propagated from a reference node) and every time is shown on the reference clock. Order does not depend on the
 * estimate alone: a message always comes after everything its sender had seen before sending it (the sender's own
 * record order), and only then by corrected time. The time of a message is its send time, or its receive time when
 * only the receiver traced it. Where the nodes are known to share one clock ({@link Clocks#AUTO} with a lab.json of
 * the local or netns runtime: one host, one kernel clock) nothing is estimated — what the estimate would find there
 * is only logging jitter, a fraction of a millisecond.
 */
public final class TraceSet {
    /** Whether to estimate clock offsets. */
    public enum Clocks {
        /** Shared for labs of the local and netns runtimes (one host), estimated otherwise. */
        AUTO,
        /** Always estimate offsets from the messages. */
        ESTIMATE,
        /** Trust the recorded times: all nodes share one clock. */
        SHARED
    }

    private final Path dir;
    private final List<TraceMessage> messages;
    private final Map<String, Long> offsets;
    private final List<String> warnings;
    private final NodeDirectory directory;

    private TraceSet(Path dir, List<TraceMessage> messages, Map<String, Long> offsets, List<String> warnings,
            NodeDirectory directory) {
        this.dir = dir;
        this.messages = List.copyOf(messages);
        this.offsets = Map.copyOf(offsets);
        this.warnings = List.copyOf(warnings);
        this.directory = directory;
    }

    /** Loads a run directory: its trace files and, if present, lab.json; clocks {@link Clocks#AUTO}. */
    public static TraceSet load(Path dir) throws IOException {
        return load(dir, Clocks.AUTO);
    }

    /** Loads a run directory: its trace files and, if present, lab.json. */
    public static TraceSet load(Path dir, Clocks clocks) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("no such directory: " + dir);
        }
        TraceFiles.Loaded loaded = TraceFiles.read(dir);
        LabState lab = LabState.readAny(dir);
        List<String> warnings = new ArrayList<>(loaded.warnings());
        if (loaded.records().isEmpty()) {
            warnings.add("no trace records in " + dir + " (files *" + TraceFiles.SUFFIX + ")");
        }
        return of(dir, loaded.records(), lab, clocks, warnings);
    }

    /** Merges records (of any number of nodes); {@code lab} may be null. */
    public static TraceSet of(List<TraceRecord> records, LabState lab, Clocks clocks) {
        return of(null, records, lab, clocks, List.of());
    }

    private static TraceSet of(Path dir, List<TraceRecord> records, LabState lab, Clocks clocks,
            List<String> warnings) {
        NodeDirectory directory = NodeDirectory.of(lab, records);
        boolean oneHost = lab != null && ("local".equals(lab.runtime()) || "netns".equals(lab.runtime()));
        boolean estimate = clocks == Clocks.ESTIMATE || (clocks == Clocks.AUTO && !oneHost);
        TraceMerger.Merged merged = new TraceMerger(directory, estimate).merge(records);
        return new TraceSet(dir, merged.messages(), merged.offsets(), warnings, directory);
    }

    /** The directory it was loaded from, or null. */
    public Path dir() {
        return dir;
    }

    /** All messages, in order. */
    public List<TraceMessage> messages() {
        return messages;
    }

    /** The messages {@code filter} keeps, in order (time windows relative to this trace's first message). */
    public List<TraceMessage> messages(TraceFilter filter) {
        return filter.apply(messages);
    }

    /** Each traced node's clock offset from the reference clock, in ns (0 for the reference). */
    public Map<String, Long> clockOffsets() {
        return offsets;
    }

    /** Lines that were skipped while loading, and similar notes. */
    public List<String> warnings() {
        return warnings;
    }

    /** The ladder columns for {@code shown}: every node that sends or receives one of them, in ladder order. */
    public List<NodeInfo> columns(List<TraceMessage> shown) {
        List<String> names = new ArrayList<>();
        for (TraceMessage m : shown) {
            for (String n : new String[] {m.from(), m.to()}) {
                if (!names.contains(n)) {
                    names.add(n);
                }
            }
        }
        Collections.sort(names, directory.columnOrder());
        return names.stream().map(directory::info).toList();
    }
}
