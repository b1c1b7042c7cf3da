package org.imstb.common.trace.hep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.SipListener;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.address.Address;
import javax.sip.message.Request;
import org.imstb.common.diameter.dict.Application;
import org.imstb.common.diameter.dict.Avps;
import org.imstb.common.diameter.dict.Command;
import org.imstb.common.diameter.dict.DiameterResult;
import org.imstb.common.diameter.stack.Answers;
import org.imstb.common.diameter.stack.DiameterConfig;
import org.imstb.common.diameter.stack.DiameterStack;
import org.imstb.common.diameter.stack.PeerConfig;
import org.imstb.common.node.Metrics;
import org.imstb.common.sip.SipConfig;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipPorts;
import org.imstb.common.trace.MessageObserver;
import org.junit.jupiter.api.Test;

/** What real SIP and Diameter stacks record reaches a HEP collector on ::1 and decodes. */
class HepStacksTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void diameterExchangeOfTwoStacks() throws Exception {
        int hssPort = SipPorts.free("::1");
        int icscfPort = SipPorts.free("::1");
        try (Collector collector = new Collector();
                HepExporter hep = new HepExporter(new HepConfig("::1", collector.port, null, null, null), "hss1",
                        new Metrics())) {
            DiameterStack hss = new DiameterStack(new DiameterConfig("hss.domain1.test", "domain1.test", "::1",
                    hssPort, List.of(new PeerConfig("icscf.domain1.test", icscfPort, null, false)), false, 30, 3000,
                    2), "hss1", hep, new Metrics())
                    .serve(Application.CX, Command.UAR, req -> Answers.answer(req, DiameterResult.FIRST_REGISTRATION,
                            w -> w.text(Avps.SERVER_NAME, "sip:scscf.domain1.test")));
            DiameterStack icscf = new DiameterStack(new DiameterConfig("icscf.domain1.test", "domain1.test", "::1",
                    icscfPort, List.of(new PeerConfig("hss.domain1.test", hssPort, null, true)), false, 30, 3000, 2),
                    "icscf1", MessageObserver.NONE, new Metrics()).use(Application.CX);
            try {
                hss.start();
                icscf.start();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
                while (!icscf.readiness().ready() && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                icscf.send(Application.CX, Command.UAR, "domain1.test", null, w -> w
                        .text(Avps.USER_NAME, "alice@domain1.test")
                        .text(Avps.PUBLIC_IDENTITY, "sip:alice@domain1.test")
                        .octets(Avps.VISITED_NETWORK_IDENTIFIER, "domain1.test".getBytes()))
                        .get(5, TimeUnit.SECONDS);
                HepDecoder.Packet uar = collector.await(p -> json(p).path("command").asText().equals("UAR"));
                HepDecoder.Packet uaa = collector.await(p -> json(p).path("command").asText().equals("UAA"));
                assertTrue(collector.seen(p -> json(p).path("command").asText().equals("CER")), "base protocol too");

                assertEquals(0x38, uar.u8(Hep3Encoder.CHUNK_PROTO_TYPE));
                assertEquals(6, uar.u8(Hep3Encoder.CHUNK_IP_PROTOCOL));
                assertEquals(hssPort, uar.u16(Hep3Encoder.CHUNK_DST_PORT), "received: to the HSS's own port");
                assertEquals(Hep3EncoderTest.addr("::1"), uar.address(Hep3Encoder.CHUNK_IPV6_SRC),
                        "icscf.domain1.test resolved through the hosts file");
                assertEquals(hssPort, uaa.u16(Hep3Encoder.CHUNK_SRC_PORT), "sent: from the HSS");
                String session = uar.text(Hep3Encoder.CHUNK_CORRELATION_ID);
                assertTrue(session.startsWith("icscf.domain1.test;"), session);
                assertEquals(session, uaa.text(Hep3Encoder.CHUNK_CORRELATION_ID), "request and answer correlate");
                assertEquals("sip:alice@domain1.test", avp(json(uar), "Public-Identity"));
                assertEquals("sip:scscf.domain1.test", avp(json(uaa), "Server-Name"));
                assertEquals("hss1", uar.text(Hep3Encoder.CHUNK_NODE_NAME));
            } finally {
                icscf.stop();
                hss.stop();
            }
        }
    }

    @Test
    void sipMessagesOfAJainSipStack() throws Exception {
        try (Collector collector = new Collector(); DatagramSocket peer = new DatagramSocket(
                new InetSocketAddress(Hep3EncoderTest.addr("::1"), SipPorts.free("::1")));
                HepExporter hep = new HepExporter(new HepConfig("::1", collector.port, 2001L, null, null), "ue1",
                        null)) {
            SipEndpoint sip = new SipEndpoint(new SipConfig(null, "::1", 0, List.of("udp"), 2), "ue1", hep, false);
            sip.start(new Ignore());
            try {
                Address me = sip.addresses().createAddress(sip.uri("alice", false));
                Request options = sip.newRequest(sip.addresses().createURI("sip:[::1]:" + peer.getLocalPort()),
                        Request.OPTIONS, sip.provider().getNewCallId(), 1, me, "t1", me, "udp");
                sip.provider().sendRequest(options);
                HepDecoder.Packet p = collector.await(x -> x.u8(Hep3Encoder.CHUNK_PROTO_TYPE) == 1);
                assertEquals(17, p.u8(Hep3Encoder.CHUNK_IP_PROTOCOL));
                assertEquals(sip.port(), p.u16(Hep3Encoder.CHUNK_SRC_PORT));
                assertEquals(peer.getLocalPort(), p.u16(Hep3Encoder.CHUNK_DST_PORT));
                assertEquals(Hep3EncoderTest.addr("::1"), p.address(Hep3Encoder.CHUNK_IPV6_DST));
                assertEquals(2001, p.u32(Hep3Encoder.CHUNK_CAPTURE_ID));
                assertTrue(p.text(Hep3Encoder.CHUNK_PAYLOAD).startsWith("OPTIONS sip:[::1]:" + peer.getLocalPort()
                        + " SIP/2.0\r\n"), p.text(Hep3Encoder.CHUNK_PAYLOAD));
            } finally {
                sip.stop();
            }
        }
    }

    private static JsonNode json(HepDecoder.Packet p) {
        try {
            return JSON.readTree(p.text(Hep3Encoder.CHUNK_PAYLOAD));
        } catch (java.io.IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static String avp(JsonNode message, String name) {
        for (JsonNode a : message.get("avps")) {
            if (a.get("name").asText().equals(name)) {
                return a.get("value").asText();
            }
        }
        return null;
    }

    /** A HEP collector on ::1 that keeps every packet it receives. */
    static final class Collector implements AutoCloseable {
        final DatagramSocket socket;
        final int port;
        final List<HepDecoder.Packet> packets = new ArrayList<>();

        Collector() throws Exception {
            socket = new DatagramSocket(new InetSocketAddress(Hep3EncoderTest.addr("::1"), SipPorts.free("::1")));
            port = socket.getLocalPort();
            socket.setSoTimeout(200);
        }

        /** The first packet (received so far or within 10 s) that matches. */
        HepDecoder.Packet await(Predicate<HepDecoder.Packet> match) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline) {
                for (HepDecoder.Packet p : packets) {
                    if (match.test(p)) {
                        return p;
                    }
                }
                DatagramPacket d = new DatagramPacket(new byte[65_535], 65_535);
                try {
                    socket.receive(d);
                    packets.add(HepDecoder.decode(Arrays.copyOf(d.getData(), d.getLength())));
                } catch (SocketTimeoutException e) {
                    // look again
                }
            }
            throw new AssertionError("no matching HEP packet among " + packets.size() + " received");
        }

        boolean seen(Predicate<HepDecoder.Packet> match) {
            return packets.stream().anyMatch(match);
        }

        @Override
        public void close() {
            socket.close();
        }
    }

    /** A SIP listener that ignores everything (the test only sends). */
    private static final class Ignore implements SipListener {
        @Override
        public void processRequest(RequestEvent e) {
        }

        @Override
        public void processResponse(ResponseEvent e) {
        }

        @Override
        public void processTimeout(TimeoutEvent e) {
        }

        @Override
        public void processIOException(IOExceptionEvent e) {
        }

        @Override
        public void processTransactionTerminated(TransactionTerminatedEvent e) {
        }

        @Override
        public void processDialogTerminated(DialogTerminatedEvent e) {
        }
    }
}
