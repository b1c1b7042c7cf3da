package org.imstb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.imstb.common.diameter.codec.AvpReader;
import org.imstb.common.diameter.codec.AvpWriter;
import org.imstb.common.diameter.codec.DiameterText;
import org.imstb.common.diameter.dict.Application;
import org.imstb.common.diameter.dict.Avps;
import org.imstb.common.diameter.dict.Command;
import org.imstb.common.diameter.dict.DiameterResult;
import org.imstb.common.diameter.dict.Vendors;
import org.imstb.common.testing.FreePorts;
import org.imstb.common.testing.RawDiameterPeer;
import org.jdiameter.client.api.IMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input against the HSS running as its own process (RFC 6733 §5.3, §7.1): a peer that is not configured, a
 * command or application the HSS does not serve, a request whose lengths do not add up and bytes that cannot be
 * framed, sent from a plain socket; the HSS answers each as the RFC says and keeps serving.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CxProtocolErrorsIT {
    static final String REALM = HssProcess.REALM;
    static final String PEER = "client.domain1.test";
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    static Path dir;
    static int port;
    static HssProcess hss;

    @BeforeAll
    static void start() throws Exception {
        port = FreePorts.next();
        hss = HssProcess.start(dir, port, List.of(PEER), 30, null);
    }

    @AfterAll
    static void stop() {
        if (hss != null) {
            hss.close();
        }
    }

    /** A Cx request from the client peer: Session-Id, Vendor-Specific-Application-Id, origin, destination realm. */
    static IMessage cx(int command, Consumer<AvpWriter> body) {
        return RawDiameterPeer.request(command, Application.CX.id(), true, w -> {
            w.text(Avps.SESSION_ID, PEER + ";it;" + System.nanoTime())
                    .group(Avps.VENDOR_SPECIFIC_APPLICATION_ID, g -> g.u32(Avps.VENDOR_ID, Vendors.TGPP)
                            .u32(Avps.AUTH_APPLICATION_ID, Application.CX.id()))
                    .enumerated(Avps.AUTH_SESSION_STATE, 1)
                    .text(Avps.ORIGIN_HOST, PEER).text(Avps.ORIGIN_REALM, REALM)
                    .text(Avps.DESTINATION_REALM, REALM);
            body.accept(w);
        });
    }

    static IMessage aliceUar() {
        return cx(Command.UAR.code(), w -> w.text(Avps.USER_NAME, "alice@domain1.test")
                .text(Avps.PUBLIC_IDENTITY, "sip:alice@domain1.test")
                .octets(Avps.VISITED_NETWORK_IDENTIFIER, REALM.getBytes()));
    }

    static RawDiameterPeer connect() throws Exception {
        awaitNoPeerOpen();
        RawDiameterPeer p = RawDiameterPeer.connect(port, TIMEOUT);
        IMessage cea = p.capabilitiesExchange(RawDiameterPeer.cer(PEER, REALM, Application.CX));
        assertEquals(DiameterResult.SUCCESS, DiameterText.result(cea), DiameterText.render(cea));
        return p;
    }

    static long resultCode(IMessage m) throws Exception {
        return new AvpReader(m.getAvps()).requireU32(Avps.RESULT_CODE);
    }

    @Test
    @Order(1)
    void unlistedPeerGetsCea3010AndIsDisconnected() throws Exception {
        try (RawDiameterPeer p = RawDiameterPeer.connect(port, TIMEOUT)) {
            p.send(RawDiameterPeer.cer("intruder.domain1.test", REALM, Application.CX));
            IMessage cea = p.receive();
            assertEquals(Command.CER.code(), cea.getCommandCode());
            assertTrue(cea.isError(), DiameterText.render(cea));
            AvpReader r = new AvpReader(cea.getAvps());
            assertEquals(3010, r.requireU32(Avps.RESULT_CODE));
            assertEquals(HssProcess.HOST, r.requireText(Avps.ORIGIN_HOST));
            assertEquals(REALM, r.requireText(Avps.ORIGIN_REALM));
            assertTrue(p.closedByPeer(), "EOF after the CEA");
        }
        assertTrue(hss.awaitTrace(HssProcess.record("OUT", "intruder.domain1.test", "CEA DIAMETER_UNKNOWN_PEER"),
                TIMEOUT), hss.traceSummary());
    }

    @Test
    @Order(2)
    void unknownCommandAndApplicationGetProtocolErrors() throws Exception {
        try (RawDiameterPeer p = connect()) {
            p.send(cx(399, w -> w.text(Avps.USER_NAME, "alice@domain1.test")));
            IMessage a = p.receiveSkippingWatchdogs();
            assertEquals(399, a.getCommandCode());
            assertTrue(a.isError(), "E bit");
            assertEquals(3001, resultCode(a), DiameterText.render(a));

            long s6a = 16777251L;
            p.send(RawDiameterPeer.request(316, s6a, true, w -> w.text(Avps.SESSION_ID, PEER + ";s6a")
                    .group(Avps.VENDOR_SPECIFIC_APPLICATION_ID, g -> g.u32(Avps.VENDOR_ID, Vendors.TGPP)
                            .u32(Avps.AUTH_APPLICATION_ID, s6a))
                    .enumerated(Avps.AUTH_SESSION_STATE, 1)
                    .text(Avps.ORIGIN_HOST, PEER).text(Avps.ORIGIN_REALM, REALM)
                    .text(Avps.DESTINATION_REALM, REALM).text(Avps.USER_NAME, "001010123456789")));
            IMessage b = p.receiveSkippingWatchdogs();
            assertEquals(316, b.getCommandCode());
            assertTrue(b.isError(), "E bit");
            assertEquals(3007, resultCode(b), DiameterText.render(b));
        }
    }

    @Test
    @Order(3)
    void inconsistentLengthsGet5014AndUnframeableBytesCloseTheConnection() throws Exception {
        RawDiameterPeer p = connect();
        try {
            IMessage uar = aliceUar();
            byte[] bad = RawDiameterPeer.encode(uar);
            int off = avpOffset(bad, Avps.PUBLIC_IDENTITY.code());
            bad[off + 5] = 0;
            bad[off + 6] = 0x10; // AVP Length 4096+: past the end of the message
            bad[off + 7] = 0;
            p.send(bad);
            IMessage a = p.receiveSkippingWatchdogs();
            assertEquals(Command.UAR.code(), a.getCommandCode());
            assertEquals(uar.getHopByHopIdentifier(), a.getHopByHopIdentifier());
            AvpReader r = new AvpReader(a.getAvps());
            assertEquals(5014, r.requireU32(Avps.RESULT_CODE), DiameterText.render(a));
            assertEquals(HssProcess.HOST, r.requireText(Avps.ORIGIN_HOST));
            assertTrue(r.requireGroup(Avps.FAILED_AVP).has(Avps.PUBLIC_IDENTITY), DiameterText.render(a));

            byte[] garbage = RawDiameterPeer.encode(aliceUar());
            garbage[0] = (byte) 0x47; // "GET ..." is not Diameter version 1
            p.send(garbage);
            try {
                p.receiveSkippingWatchdogs();
                throw new AssertionError("the HSS should have closed the connection");
            } catch (EOFException expected) {
                // closed
            }
        } finally {
            p.close();
        }
        assertTrue(hss.node().isAlive(), "the HSS survived:\n" + hss.node().logTail());
        assertTrue(hss.awaitTrace(HssProcess.record("OUT", PEER, "UAA DIAMETER_INVALID_AVP_LENGTH"), TIMEOUT),
                hss.traceSummary());
        assertTrue(hss.log().contains("cannot frame a Diameter message"), hss.node().logTail());
    }

    @Test
    @Order(4)
    void afterTheBadInputAFreshConnectionIsServed() throws Exception {
        try (RawDiameterPeer p = connect()) {
            p.send(aliceUar());
            IMessage uaa = p.receiveSkippingWatchdogs();
            assertEquals(DiameterResult.FIRST_REGISTRATION, DiameterText.result(uaa), DiameterText.render(uaa));
            assertFalse(uaa.isError());
        }
    }

    /**
     * Waits until the HSS has no open peer (its /ready says so) and a little more: jDiameter accepts a peer again
     * only once its entry is down and the entry's FSM threads have wound down (see AcceptedConnectionTest).
     */
    static void awaitNoPeerOpen() throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && !hss.node().get("/ready").contains(" 0 peer(s) open")) {
            Thread.sleep(50);
        }
        Thread.sleep(300);
    }

    static int avpOffset(byte[] m, int code) {
        int off = 20;
        while (off < m.length) {
            int c = ((m[off] & 0xFF) << 24) | ((m[off + 1] & 0xFF) << 16) | ((m[off + 2] & 0xFF) << 8)
                    | (m[off + 3] & 0xFF);
            int len = ((m[off + 5] & 0xFF) << 16) | ((m[off + 6] & 0xFF) << 8) | (m[off + 7] & 0xFF);
            if (c == code) {
                return off;
            }
            off += (len + 3) & ~3;
        }
        throw new AssertionError("no AVP " + code);
    }
}
