package org.imstb.topology.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.imstb.common.trace.TraceRecord;
import org.imstb.topology.runtime.LabState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceSetTest {
    private final TraceSet lab1 = Traces.loadLab1();

    @Test
    void mergesEightFilesIntoOneTrace() {
        assertEquals(List.of(), lab1.warnings());
        // 216 records: pairs shown once, JAIN-SIP's doubly logged responses dropped
        assertEquals(114, lab1.messages().size());
        assertEquals(Set.of("ue1", "pcscf1", "icscf1", "scscf1", "hss1", "ue2", "pcscf2", "icscf2", "scscf2", "hss2"),
                lab1.messages().stream().flatMap(m -> Stream.of(m.from(), m.to())).collect(
                        java.util.stream.Collectors.toSet()));
    }

    @Test
    void pairsEveryMessageBetweenTracedNodes() {
        for (TraceMessage m : lab1.messages()) {
            boolean traced = !m.from().startsWith("ue") && !m.to().startsWith("ue");
            // the base protocol (CER/CEA, DPR/DPA) is traced by the HSS only: the clients' stack handles it unseen
            boolean base = m.label().matches("(CE|DP|DW)[RA].*");
            if (traced && !base) {
                assertNotNull(m.delayNs(), () -> "unpaired: " + m.from() + " -> " + m.to() + " " + m.summary());
            }
        }
        long challenges = lab1.messages().stream().filter(m -> m.from().equals("scscf1") && m.to().equals("icscf1")
                && m.label().equals("401 Unauthorized")).count();
        assertEquals(2, challenges, "alice and bob: once each, not once per log line");
    }

    @Test
    void diameterRequestsPairDespiteHopByHopZero() {
        TraceMessage uar = lab1.messages().stream().filter(m -> m.label().equals("UAR")).findFirst().orElseThrow();
        assertTrue(uar.text().contains("hbh=0 "), "the sender's copy is the one shown");
        assertNotNull(uar.delayNs());
        assertEquals("icscf1", uar.from());
        assertEquals("hss1", uar.to());
    }

    @Test
    void namesUesFromLabJsonAndMarksRetransmissions() {
        List<TraceMessage> rtx = lab1.messages().stream().filter(TraceMessage::retransmission).toList();
        assertEquals(List.of("ue1 -> pcscf1 REGISTER (rtx)", "ue2 -> pcscf2 REGISTER (rtx)"), Traces.arrows(rtx));
    }

    @Test
    void ordersCausally() {
        assertCausal(lab1.messages());
        List<String> alice = Traces.arrows(lab1.messages(new TraceFilter(null, "alice", null, null, null)));
        assertEquals(List.of("ue1 -> pcscf1 REGISTER", "pcscf1 -> icscf1 REGISTER", "icscf1 -> hss1 UAR",
                "hss1 -> icscf1 UAA 2001", "icscf1 -> scscf1 REGISTER", "scscf1 -> hss1 MAR"), alice.subList(0, 6));
    }

    @Test
    void sharedClockOnTheLocalRuntime() {
        assertTrue(lab1.clockOffsets().values().stream().allMatch(v -> v == 0), lab1.clockOffsets().toString());
    }

    @Test
    void estimatesClockOffsetsAndKeepsTheOrder() throws IOException {
        List<TraceRecord> records = records(Traces.lab1());
        LabState lab = LabState.read(Traces.lab1());
        Map<String, Long> shift = Map.of("scscf1", 5_000_000_000L, "icscf2", -3_000_000_000L, "hss1", 250_000_000L);
        List<TraceRecord> skewed = records.stream().map(r -> new TraceRecord(r.timeNs() + shift.getOrDefault(r.node(),
                0L), r.node(), r.direction(), r.protocol(), r.transport(), r.local(), r.remote(), r.summary(),
                r.message())).toList();
        TraceSet estimated = TraceSet.of(skewed, lab, TraceSet.Clocks.ESTIMATE);
        Map<String, Long> o = estimated.clockOffsets();
        assertNear(5_000_000_000L, o.get("scscf1") - o.get("pcscf1"), o);
        assertNear(250_000_000L, o.get("hss1") - o.get("pcscf1"), o);
        assertNear(-3_000_000_000L, o.get("icscf2") - o.get("pcscf2"), o);
        assertCausal(estimated.messages());
        TraceFilter alice = new TraceFilter(null, "alice", null, null, null);
        assertEquals(Traces.arrows(lab1.messages(alice)), Traces.arrows(estimated.messages(alice)));
        TraceSet naive = TraceSet.of(skewed, lab, TraceSet.Clocks.SHARED);
        assertFalse(Traces.arrows(naive.messages(alice)).equals(Traces.arrows(lab1.messages(alice))),
                "uncorrected, the skew would reorder the flow");
    }

    @Test
    void toleratesATruncatedLastLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("hss1.trace.jsonl");
        Files.copy(Traces.lab1().resolve("hss1.trace.jsonl"), f);
        Files.writeString(f, "{\"time\":1795306319977024692,\"node\":\"hss1\",\"direc", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        TraceSet set = TraceSet.load(dir);
        assertEquals(List.of("hss1.trace.jsonl:29: truncated last line skipped"), set.warnings());
        assertEquals(28, set.messages().size());
    }

    @Test
    void worksWithoutLabJson(@TempDir Path dir) throws IOException {
        try (Stream<Path> files = Files.list(Traces.lab1())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".trace.jsonl")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        TraceSet set = TraceSet.load(dir);
        List<TraceMessage> alice = set.messages(new TraceFilter(null, "alice", null, null, null));
        assertEquals("[::1]:31569 -> pcscf1 REGISTER", Traces.arrows(alice).get(0), "a UE is its address");
        assertEquals("icscf1 -> hss1 UAR", Traces.arrows(alice).get(2), "identities learned from the records");
        List<NodeInfo> columns = set.columns(set.messages());
        assertEquals(List.of("pcscf1", "icscf1", "scscf1", "hss1", "pcscf2", "icscf2", "scscf2", "hss2",
                "[::1]:13227", "[::1]:18303", "[::1]:31569"), columns.stream().map(NodeInfo::name).toList());
        assertEquals("domain1.test", columns.get(0).domain(), "learned from the Diameter identities");
    }

    static List<TraceRecord> records(Path dir) throws IOException {
        return TraceFiles.read(dir).records();
    }

    private static void assertNear(long expected, long actual, Object context) {
        assertTrue(Math.abs(expected - actual) < 5_000_000L, () -> expected + " vs " + actual + " in " + context);
    }

    /** Each node sends in its own order, and sends nothing before what it received earlier is shown. */
    private static void assertCausal(List<TraceMessage> messages) {
        for (int i = 0; i < messages.size(); i++) {
            TraceMessage m = messages.get(i);
            if (m.sentNs() == null) {
                continue;
            }
            for (int k = i + 1; k < messages.size(); k++) {
                TraceMessage later = messages.get(k);
                if (later.sentNs() != null && later.from().equals(m.from())) {
                    assertTrue(later.sentNs() >= m.sentNs(), () -> "send order of " + m.from());
                }
                if (later.receivedNs() != null && later.to().equals(m.from())) {
                    // 'later' reached m's sender; if it got there before m was sent, it should have been shown first
                    assertTrue(later.receivedNs() >= m.sentNs(),
                            () -> "causality: " + later.summary() + " shown after " + m.summary());
                }
            }
        }
    }
}
