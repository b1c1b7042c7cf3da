package org.imstb.common.diameter.stack.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.imstb.common.diameter.codec.AvpReader;
import org.imstb.common.diameter.codec.DiameterText;
import org.imstb.common.diameter.dict.Application;
import org.imstb.common.diameter.dict.Avps;
import org.imstb.common.diameter.dict.Command;
import org.imstb.common.diameter.dict.DiameterResult;
import org.imstb.common.diameter.dict.Vendors;
import org.imstb.common.diameter.stack.Answers;
import org.imstb.common.diameter.stack.DiameterConfig;
import org.imstb.common.diameter.stack.DiameterStack;
import org.imstb.common.diameter.stack.PeerConfig;
import org.imstb.common.node.Metrics;
import org.imstb.common.testing.FreePorts;
import org.imstb.common.testing.RawDiameterPeer;
import org.imstb.common.trace.MessageObserver;
import org.imstb.common.trace.TraceRecord;
import org.jdiameter.api.PeerState;
import org.jdiameter.client.api.IMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input on a Diameter server stack's accepted connections, sent from a plain socket: refused CERs get a CEA
 * and the connection closes; after CER/CEA, unknown commands and applications and inconsistent lengths get the
 * RFC 6733 answers, and the stack keeps serving.
 */
class AcceptedConnectionTest {
    static final String REALM = "domain1.test";
    static final String HSS = "hss.domain1.test";
    static final String ICSCF = "icscf.domain1.test";
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    static DiameterStack server;
    static int port;
    static final List<TraceRecord> trace = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void start() throws Exception {
        port = FreePorts.next();
        DiameterConfig hss = new DiameterConfig(HSS, REALM, "::1", port,
                List.of(new PeerConfig(ICSCF, FreePorts.next(), null, false)), false, 30, 3000, 2);
        MessageObserver obs = trace::add;
        server = new DiameterStack(hss, "hss1", obs, new Metrics())
                .serve(Application.CX, Command.UAR, req -> Answers.answer(req, DiameterResult.FIRST_REGISTRATION,
                        w -> w.text(Avps.SERVER_NAME, "sip:scscf.domain1.test")));
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static long resultCode(IMessage m) throws Exception {
        return new AvpReader(m.getAvps()).requireU32(Avps.RESULT_CODE);
    }

    static IMessage uar(String impu) {
        return RawDiameterPeer.request(Command.UAR.code(), Application.CX.id(), true, w -> w
                .text(Avps.SESSION_ID, ICSCF + ";raw;" + System.nanoTime())
                .group(Avps.VENDOR_SPECIFIC_APPLICATION_ID, g -> g.u32(Avps.VENDOR_ID, Vendors.TGPP)
                        .u32(Avps.AUTH_APPLICATION_ID, Application.CX.id()))
                .enumerated(Avps.AUTH_SESSION_STATE, 1)
                .text(Avps.ORIGIN_HOST, ICSCF).text(Avps.ORIGIN_REALM, REALM)
                .text(Avps.DESTINATION_REALM, REALM)
                .text(Avps.USER_NAME, "alice@domain1.test")
                .text(Avps.PUBLIC_IDENTITY, impu)
                .octets(Avps.VISITED_NETWORK_IDENTIFIER, REALM.getBytes()));
    }

    /**
     * Waits until the I-CSCF's peer entry is no longer open (jDiameter refuses a second connection), and until
     * jDiameter's FSM threads for it have stopped: they poll every 100 ms, and a CER that comes while the last one
     * winds down is lost (jDiameter 1.6.0).
     */
    static void awaitIcscfDown() throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (server.peerStates().get(ICSCF) == PeerState.OKAY && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(300);
    }

    /** Connects as the I-CSCF and exchanges CER/CEA; closing the peer sends DPR. */
    static RawDiameterPeer connectAsIcscf() throws Exception {
        awaitIcscfDown();
        RawDiameterPeer p = RawDiameterPeer.connect(port, TIMEOUT);
        IMessage cea = p.capabilitiesExchange(RawDiameterPeer.cer(ICSCF, REALM, Application.CX));
        assertEquals(Command.CER.code(), cea.getCommandCode());
        assertEquals(2001, resultCode(cea), DiameterText.render(cea));
        return p;
    }

    @Test
    void unknownPeerGetsCea3010ThenTheConnectionCloses() throws Exception {
        try (RawDiameterPeer p = RawDiameterPeer.connect(port, TIMEOUT)) {
            IMessage cer = RawDiameterPeer.cer("intruder.domain1.test", REALM, Application.CX);
            p.send(cer);
            IMessage cea = p.receive();
            assertEquals(Command.CER.code(), cea.getCommandCode());
            assertFalse(cea.isRequest());
            assertTrue(cea.isError(), "3010 is a protocol error: E bit");
            assertEquals(cer.getHopByHopIdentifier(), cea.getHopByHopIdentifier());
            assertEquals(cer.getEndToEndIdentifier(), cea.getEndToEndIdentifier());
            AvpReader r = new AvpReader(cea.getAvps());
            assertEquals(3010, r.requireU32(Avps.RESULT_CODE));
            assertEquals(HSS, r.requireText(Avps.ORIGIN_HOST));
            assertEquals(REALM, r.requireText(Avps.ORIGIN_REALM));
            assertTrue(r.has(Avps.HOST_IP_ADDRESS) && r.has(Avps.VENDOR_ID) && r.has(Avps.PRODUCT_NAME),
                    DiameterText.render(cea));
            assertTrue(p.closedByPeer(), "EOF after the CEA");
        }
        assertTrue(trace.stream().anyMatch(t -> t.summary().startsWith("CEA DIAMETER_UNKNOWN_PEER")
                && t.remote().equals("intruder.domain1.test")), trace.toString());
    }

    @Test
    void cerWithoutOriginHostGetsCea5005WithFailedAvp() throws Exception {
        try (RawDiameterPeer p = RawDiameterPeer.connect(port, TIMEOUT)) {
            p.send(RawDiameterPeer.request(Command.CER.code(), 0, false, w -> w.text(Avps.ORIGIN_REALM, REALM)
                    .u32(Avps.AUTH_APPLICATION_ID, Application.CX.id())));
            IMessage cea = p.receive();
            AvpReader r = new AvpReader(cea.getAvps());
            assertEquals(5005, r.requireU32(Avps.RESULT_CODE));
            assertTrue(r.requireGroup(Avps.FAILED_AVP).has(Avps.ORIGIN_HOST), DiameterText.render(cea));
            assertTrue(p.closedByPeer());
        }
    }

    @Test
    void firstMessageOtherThanCerClosesTheConnection() throws Exception {
        try (RawDiameterPeer p = RawDiameterPeer.connect(port, TIMEOUT)) {
            p.send(uar("sip:alice@domain1.test"));
            assertTrue(p.closedByPeer());
        }
    }

    @Test
    void noCommonApplicationGetsCea5010ThenTheConnectionCloses() throws Exception {
        awaitIcscfDown();
        try (RawDiameterPeer p = RawDiameterPeer.connect(port, TIMEOUT)) {
            p.send(RawDiameterPeer.cer(ICSCF, REALM, Application.RO.id()));
            IMessage cea = p.receive();
            assertEquals(Command.CER.code(), cea.getCommandCode());
            assertEquals(5010, resultCode(cea), DiameterText.render(cea));
            assertEquals(HSS, new AvpReader(cea.getAvps()).requireText(Avps.ORIGIN_HOST));
            assertTrue(p.closedByPeer(), "EOF after the CEA");
        }
    }

    @Test
    void unknownCommandOnCxGets3001WithErrorBit() throws Exception {
        try (RawDiameterPeer p = connectAsIcscf()) {
            IMessage req = RawDiameterPeer.request(399, Application.CX.id(), true, w -> w
                    .text(Avps.SESSION_ID, ICSCF + ";cmd399")
                    .group(Avps.VENDOR_SPECIFIC_APPLICATION_ID, g -> g.u32(Avps.VENDOR_ID, Vendors.TGPP)
                            .u32(Avps.AUTH_APPLICATION_ID, Application.CX.id()))
                    .enumerated(Avps.AUTH_SESSION_STATE, 1)
                    .text(Avps.ORIGIN_HOST, ICSCF).text(Avps.ORIGIN_REALM, REALM)
                    .text(Avps.DESTINATION_REALM, REALM));
            p.send(req);
            IMessage a = p.receiveSkippingWatchdogs();
            assertEquals(399, a.getCommandCode());
            assertFalse(a.isRequest());
            assertTrue(a.isError(), "E bit");
            assertEquals(3001, resultCode(a), DiameterText.render(a));
            assertEquals(req.getHopByHopIdentifier(), a.getHopByHopIdentifier());
            assertEquals(HSS, new AvpReader(a.getAvps()).requireText(Avps.ORIGIN_HOST));
        }
    }

    @Test
    void unknownApplicationGets3007WithErrorBit() throws Exception {
        try (RawDiameterPeer p = connectAsIcscf()) {
            long s6a = 16777251L;
            IMessage req = RawDiameterPeer.request(316, s6a, true, w -> w
                    .text(Avps.SESSION_ID, ICSCF + ";s6a")
                    .group(Avps.VENDOR_SPECIFIC_APPLICATION_ID, g -> g.u32(Avps.VENDOR_ID, Vendors.TGPP)
                            .u32(Avps.AUTH_APPLICATION_ID, s6a))
                    .enumerated(Avps.AUTH_SESSION_STATE, 1)
                    .text(Avps.ORIGIN_HOST, ICSCF).text(Avps.ORIGIN_REALM, REALM)
                    .text(Avps.DESTINATION_REALM, REALM)
                    .text(Avps.USER_NAME, "001010123456789"));
            p.send(req);
            IMessage a = p.receiveSkippingWatchdogs();
            assertEquals(316, a.getCommandCode());
            assertFalse(a.isRequest());
            assertTrue(a.isError(), "E bit");
            assertEquals(3007, resultCode(a), DiameterText.render(a));
            assertEquals(HSS, new AvpReader(a.getAvps()).requireText(Avps.ORIGIN_HOST));
        }
    }

    @Test
    void inconsistentAvpLengthGets5014WithFailedAvpAndTheConnectionKeepsServing() throws Exception {
        try (RawDiameterPeer p = connectAsIcscf()) {
            IMessage req = uar("sip:alice@domain1.test");
            byte[] bad = RawDiameterPeer.encode(req);
            int off = FrameCheckTest.offsetOf(bad, Avps.PUBLIC_IDENTITY.code());
            FrameCheckTest.setAvpLength(bad, off, 5000);
            p.send(bad);
            IMessage a = p.receiveSkippingWatchdogs();
            assertEquals(Command.UAR.code(), a.getCommandCode());
            assertFalse(a.isRequest());
            assertFalse(a.isError(), "5014 is a permanent failure, not a protocol error");
            assertEquals(req.getHopByHopIdentifier(), a.getHopByHopIdentifier());
            AvpReader r = new AvpReader(a.getAvps());
            assertEquals(5014, r.requireU32(Avps.RESULT_CODE), DiameterText.render(a));
            assertEquals(HSS, r.requireText(Avps.ORIGIN_HOST));
            assertEquals(REALM, r.requireText(Avps.ORIGIN_REALM));
            assertEquals(new AvpReader(req.getAvps()).requireText(Avps.SESSION_ID), r.requireText(Avps.SESSION_ID));
            assertTrue(r.requireGroup(Avps.FAILED_AVP).has(Avps.PUBLIC_IDENTITY), DiameterText.render(a));

            p.send(uar("sip:alice@domain1.test"));
            IMessage ok = p.receiveSkippingWatchdogs();
            assertEquals(DiameterResult.FIRST_REGISTRATION, DiameterText.result(ok), "same connection still served");
        }
        assertTrue(trace.stream().anyMatch(t -> t.summary().startsWith("UAA DIAMETER_INVALID_AVP_LENGTH")),
                trace.toString());
    }

    @Test
    void groupedMemberWithoutPaddingGets5014NamingItInsideTheGroup() throws Exception {
        try (RawDiameterPeer p = connectAsIcscf()) {
            byte[] bad = RawDiameterPeer.encode(uar("sip:alice@domain1.test"));
            int off = FrameCheckTest.offsetOf(bad, Avps.VENDOR_SPECIFIC_APPLICATION_ID.code());
            FrameCheckTest.setAvpLength(bad, off, 8 + 12 + 9);
            FrameCheckTest.setAvpLength(bad, off + 8 + 12, 9);
            p.send(bad);
            IMessage a = p.receiveSkippingWatchdogs();
            AvpReader r = new AvpReader(a.getAvps());
            assertEquals(5014, r.requireU32(Avps.RESULT_CODE), DiameterText.render(a));
            AvpReader group = r.requireGroup(Avps.FAILED_AVP).requireGroup(Avps.VENDOR_SPECIFIC_APPLICATION_ID);
            assertTrue(group.has(Avps.AUTH_APPLICATION_ID), DiameterText.render(a));
            p.send(uar("sip:alice@domain1.test"));
            assertEquals(DiameterResult.FIRST_REGISTRATION, DiameterText.result(p.receiveSkippingWatchdogs()));
        }
    }

    @Test
    void messageLengthNotAMultipleOf4Gets5015() throws Exception {
        try (RawDiameterPeer p = connectAsIcscf()) {
            byte[] good = RawDiameterPeer.encode(uar("sip:alice@domain1.test"));
            byte[] bad = java.util.Arrays.copyOf(good, good.length + 1);
            ByteBuffer.wrap(bad).putInt(0, 0x01000000 | bad.length);
            p.send(bad);
            IMessage a = p.receiveSkippingWatchdogs();
            assertEquals(5015, resultCode(a), DiameterText.render(a));
        }
    }

    @Test
    void unframeableHeaderClosesTheConnectionAndTheStackKeepsServing() throws Exception {
        try (RawDiameterPeer p = connectAsIcscf()) {
            byte[] bad = RawDiameterPeer.encode(uar("sip:alice@domain1.test"));
            bad[0] = 2; // version 2: the length cannot be trusted, nor where the next message starts
            p.send(bad);
            assertTrue(closedSkippingWatchdogs(p), "connection closed");
        }
        try (RawDiameterPeer p = connectAsIcscf()) {
            p.send(uar("sip:alice@domain1.test"));
            assertEquals(DiameterResult.FIRST_REGISTRATION, DiameterText.result(p.receiveSkippingWatchdogs()),
                    "a fresh connection is served");
        }
    }

    @Test
    void baseProtocolRightAfterCeaIsHandledAndTraced() throws Exception {
        // a DPR sent the moment the CEA arrives: jDiameter's peer must already be open, or it drops the DPR
        try (RawDiameterPeer p = connectAsIcscf()) {
            assertTrue(p.disconnectPeer(), "DPA");
        }
        assertTrue(trace.stream().anyMatch(t -> t.summary().equals("CER") && t.remote().equals(ICSCF)),
                trace.toString());
        assertTrue(trace.stream().anyMatch(t -> t.summary().equals("CEA DIAMETER_SUCCESS [2001]")
                && t.remote().equals(ICSCF)), trace.toString());
        assertTrue(trace.stream().anyMatch(t -> t.summary().equals("DPR") && t.remote().equals(ICSCF)),
                trace.toString());
        assertTrue(trace.stream().anyMatch(t -> t.summary().equals("DPA DIAMETER_SUCCESS [2001]")
                && t.remote().equals(ICSCF)), trace.toString());
    }

    @Test
    void requestRightAfterCeaIsAnswered() throws Exception {
        for (int i = 0; i < 3; i++) {
            try (RawDiameterPeer p = connectAsIcscf()) {
                p.send(uar("sip:alice@domain1.test"));
                assertEquals(DiameterResult.FIRST_REGISTRATION, DiameterText.result(p.receiveSkippingWatchdogs()));
            }
        }
    }

    static boolean closedSkippingWatchdogs(RawDiameterPeer p) throws IOException {
        try {
            p.receiveSkippingWatchdogs();
            return false;
        } catch (java.io.EOFException e) {
            return true;
        }
    }
}
