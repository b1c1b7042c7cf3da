package org.imstb.common.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.imstb.common.sip.SipPorts;
import org.imstb.common.trace.Direction;
import org.imstb.common.trace.JsonLinesTraceWriter;
import org.imstb.common.trace.MessageObserver;
import org.imstb.common.trace.Protocol;
import org.imstb.common.trace.TraceRecord;
import org.imstb.common.trace.hep.HepConfig;
import org.imstb.common.trace.hep.HepExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a node's trace configuration becomes its message observer: file, HEP export, both or none. */
class HepWiringTest {
    private static final TraceRecord R = new TraceRecord(1, "pcscf1", Direction.OUT, Protocol.SIP, "UDP",
            "[::1]:5060", "[::1]:5070", "OPTIONS sip:x", "OPTIONS sip:x SIP/2.0\r\n\r\n");

    @TempDir
    Path dir;

    @Test
    void fileAndHepTogetherOrEitherAlone() throws Exception {
        try (DatagramSocket collector = new DatagramSocket(
                new InetSocketAddress(InetAddress.getByName("::1"), SipPorts.free("::1")))) {
            collector.setSoTimeout(5_000);
            HepConfig hep = new HepConfig("::1", collector.getLocalPort(), null, null, null);
            Metrics metrics = new Metrics();

            List<AutoCloseable> sinks = new ArrayList<>();
            MessageObserver both = NodeRunner.observer(new TraceConfig(true, null, hep), "pcscf1", dir, metrics,
                    sinks);
            assertEquals(2, sinks.size());
            both.record(R);
            collector.receive(new DatagramPacket(new byte[2048], 2048));
            close(sinks);
            assertTrue(Files.readString(dir.resolve("pcscf1.trace.jsonl")).contains("\"summary\":\"OPTIONS sip:x\""));
            assertEquals(1, metrics.counter("imstb_hep_sent_total"));

            sinks.clear();
            MessageObserver hepOnly = NodeRunner.observer(new TraceConfig(false, "other.jsonl", hep), "pcscf1", dir,
                    metrics, sinks);
            assertSame(sinks.get(0), hepOnly, "HEP export works with the trace file off");
            assertTrue(hepOnly instanceof HepExporter);
            close(sinks);
            assertTrue(Files.notExists(dir.resolve("other.jsonl")));

            sinks.clear();
            MessageObserver fileOnly = NodeRunner.observer(new TraceConfig(true, null), "pcscf1", dir, metrics, sinks);
            assertTrue(fileOnly instanceof JsonLinesTraceWriter);
            close(sinks);

            sinks.clear();
            assertSame(MessageObserver.NONE, NodeRunner.observer(new TraceConfig(false, null), "pcscf1", dir,
                    metrics, sinks));
            assertTrue(sinks.isEmpty());
        }
    }

    private static void close(List<AutoCloseable> sinks) throws Exception {
        for (AutoCloseable s : sinks) {
            s.close();
        }
    }
}
