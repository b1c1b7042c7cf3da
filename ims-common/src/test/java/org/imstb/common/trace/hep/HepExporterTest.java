package org.imstb.common.trace.hep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.imstb.common.node.Metrics;
import org.imstb.common.sip.SipPorts;
import org.imstb.common.trace.Direction;
import org.imstb.common.trace.Protocol;
import org.imstb.common.trace.TraceRecord;
import org.junit.jupiter.api.Test;

/** The exporter against a real UDP collector on ::1, its datagrams decoded chunk by chunk. */
class HepExporterTest {
    private static final InetAddress LOOPBACK = Hep3EncoderTest.addr("::1");

    @Test
    void sendsEachRecordAsOneDatagramToTheCollector() throws Exception {
        int port = SipPorts.free("::1");
        Metrics metrics = new Metrics();
        try (DatagramSocket collector = new DatagramSocket(new InetSocketAddress(LOOPBACK, port))) {
            collector.setSoTimeout(5_000);
            TraceRecord register = new TraceRecord(1_700_000_001_000_002_000L, "pcscf1", Direction.IN, Protocol.SIP,
                    "UDP", "0:0:0:0:0:0:0:1:5060", "[0:0:0:0:0:0:0:1]:40000", "REGISTER sip:domain1.test",
                    "REGISTER sip:domain1.test SIP/2.0\r\nCall-ID: abc\r\nContent-Length: 0\r\n\r\n");
            TraceRecord uar = new TraceRecord(1_700_000_001_500_000_000L, "pcscf1", Direction.OUT, Protocol.DIAMETER,
                    "TCP", "icscf.domain1.test:3868", "hss.domain1.test", "UAR sip:alice@domain1.test",
                    "UAR (300) flags=RP-- app=16777216 hbh=1 e2e=2\n  Session-Id = icscf;9\n");
            Map<Integer, HepDecoder.Packet> got = new HashMap<>();
            HepExporter hep = new HepExporter(new HepConfig("::1", port, null, "s3cret", null), "pcscf1", metrics);
            try (hep) {
                hep.record(register);
                hep.record(uar);
                for (int i = 0; i < 2; i++) {
                    DatagramPacket d = new DatagramPacket(new byte[65_535], 65_535);
                    collector.receive(d);
                    HepDecoder.Packet p = HepDecoder.decode(Arrays.copyOf(d.getData(), d.getLength()));
                    got.put(p.u8(Hep3Encoder.CHUNK_PROTO_TYPE), p);
                }
            }
            assertEquals(2, hep.sent());
            assertEquals(0, hep.dropped());
            assertEquals(0, hep.errors());

            HepDecoder.Packet sip = got.get(1);
            assertEquals(10, sip.u8(Hep3Encoder.CHUNK_IP_FAMILY));
            assertEquals(17, sip.u8(Hep3Encoder.CHUNK_IP_PROTOCOL));
            assertEquals(LOOPBACK, sip.address(Hep3Encoder.CHUNK_IPV6_SRC));
            assertEquals(LOOPBACK, sip.address(Hep3Encoder.CHUNK_IPV6_DST));
            assertEquals(40000, sip.u16(Hep3Encoder.CHUNK_SRC_PORT), "IN: from the remote end");
            assertEquals(5060, sip.u16(Hep3Encoder.CHUNK_DST_PORT));
            assertEquals(1_700_000_001L, sip.u32(Hep3Encoder.CHUNK_TIME_SEC));
            assertEquals(2, sip.u32(Hep3Encoder.CHUNK_TIME_USEC));
            assertEquals(HepConfig.captureIdFor("pcscf1"), sip.u32(Hep3Encoder.CHUNK_CAPTURE_ID));
            assertEquals("s3cret", sip.text(Hep3Encoder.CHUNK_AUTH_KEY));
            assertEquals("pcscf1", sip.text(Hep3Encoder.CHUNK_NODE_NAME));
            assertEquals(register.message(), sip.text(Hep3Encoder.CHUNK_PAYLOAD));

            HepDecoder.Packet dia = got.get(0x38);
            assertEquals(6, dia.u8(Hep3Encoder.CHUNK_IP_PROTOCOL));
            assertEquals(3868, dia.u16(Hep3Encoder.CHUNK_SRC_PORT), "OUT: from the local end");
            assertEquals(0, dia.u16(Hep3Encoder.CHUNK_DST_PORT), "a Diameter identity has no port");
            assertEquals(LOOPBACK, dia.address(Hep3Encoder.CHUNK_IPV6_DST), "hss.domain1.test via the hosts file");
            assertEquals(500_000, dia.u32(Hep3Encoder.CHUNK_TIME_USEC));
            assertEquals("icscf;9", dia.text(Hep3Encoder.CHUNK_CORRELATION_ID));
            JsonNode json = new ObjectMapper().readTree(dia.text(Hep3Encoder.CHUNK_PAYLOAD));
            assertEquals("UAR", json.get("command").asText());
            assertEquals("icscf;9", json.get("avps").get(0).get("value").asText());
        }
        assertEquals(2, metrics.counter("imstb_hep_sent_total"));
        assertTrue(metrics.scrape().contains("imstb_hep_sent_total 2"), metrics.scrape());
    }

    @Test
    void aFullQueueDropsAndCountsInsteadOfWaiting() {
        Metrics metrics = new Metrics();
        HepExporter hep = new HepExporter(new HepConfig("::1", 9, null, null, null), "n", metrics,
                HostResolver.caching(), 2, false); // sender not started: nothing leaves the queue
        TraceRecord r = new TraceRecord(0, "n", Direction.OUT, Protocol.SIP, "UDP", "[::1]:1", "[::1]:2", "x", "x");
        long t0 = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
            hep.record(r);
        }
        assertTrue(System.nanoTime() - t0 < 1_000_000_000L, "record() never waits");
        assertEquals(998, hep.dropped());
        assertEquals(998, metrics.counter("imstb_hep_dropped_total"));
        hep.close();
        assertEquals(1000, hep.dropped(), "what never left the queue counts as dropped");
        hep.record(r);
        assertEquals(1001, hep.dropped(), "records after close are dropped");
    }

    @Test
    void anUnresolvableCollectorCountsErrors() throws Exception {
        try (HepExporter hep = new HepExporter(new HepConfig("no-such-collector.invalid", 9060, null, null, null),
                "n", null)) {
            hep.record(new TraceRecord(0, "n", Direction.OUT, Protocol.SIP, "UDP", "[::1]:1", "[::1]:2", "x", "x"));
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (hep.errors() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(1, hep.errors());
            assertEquals(0, hep.sent());
        }
    }
}
