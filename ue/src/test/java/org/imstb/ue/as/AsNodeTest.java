package org.imstb.ue.as;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.common.sip.SipPorts;
import org.imstb.ue.as.testing.AsHarness;
import org.imstb.ue.as.testing.SipPeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AS node as a whole: service selection, 404 for unknown services, 400 for bad input, readiness, metrics. */
class AsNodeTest {
    @TempDir
    static Path dir;
    static AsHarness as;
    static SipPeer peer;

    @BeforeAll
    static void start() throws Exception {
        as = AsHarness.start(dir, null);
        peer = SipPeer.start("peer");
    }

    @AfterAll
    static void stop() {
        if (peer != null) {
            peer.close();
        }
        if (as != null) {
            as.close();
        }
    }

    @Test
    void anUnknownServiceIs404() throws Exception {
        Response r = peer.call(peer.request(Request.INVITE, "sip:bob@domain1.test", "sip:alice@domain1.test",
                as.route("nosuch"), peer.route("orig", ";odi=1")));
        assertEquals(404, r.getStatusCode());
        assertEquals("No such service", r.getReasonPhrase());
        assertTrue(as.metrics().contains("imstb_as_unknown_service_total"), as.metrics());
    }

    @Test
    void withoutAnOwnRouteTheRequestUriUserPicksTheService() throws Exception {
        // a Route naming the AS without a user part: the Request-URI decides
        String bare = "<sip:[::1]:" + as.port() + ";lr>";
        Response r = peer.call(peer.request(Request.MESSAGE, "sip:bob@domain1.test", "sip:alice@domain1.test", bare));
        assertEquals(404, r.getStatusCode(), "bob is no service");
        Response ok = peer.call(peer.request(Request.OPTIONS, as.uri("voicemail"), "sip:alice@domain1.test"));
        assertEquals(200, ok.getStatusCode());
    }

    @Test
    void requestsAddressedToAForwardingServiceItselfDoNotLoop() throws Exception {
        assertEquals(200, peer.call(peer.request(Request.OPTIONS, as.uri("b2bua"), "sip:alice@domain1.test"))
                .getStatusCode());
        assertEquals(482, peer.call(peer.request(Request.MESSAGE, as.uri("b2bua"), "sip:alice@domain1.test"))
                .getStatusCode());
        assertEquals(482, peer.call(peer.request(Request.MESSAGE, as.uri("proxy"), "sip:alice@domain1.test"))
                .getStatusCode());
    }

    @Test
    void optionsToTheAsItselfIs200() throws Exception {
        Response r = peer.call(peer.request(Request.OPTIONS, "sip:[::1]:" + as.port(), "sip:scscf@domain1.test"));
        assertEquals(200, r.getStatusCode());
        assertTrue(r.getHeader("Allow") != null);
    }

    @Test
    void unparsableHeadersGet400AndGarbageIsSurvived() throws Exception {
        int port = SipPorts.free("::1");
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("::1"), port))) {
            s.setSoTimeout(5000);
            InetSocketAddress to = new InetSocketAddress(InetAddress.getByName("::1"), as.port());
            byte[] junk = "\u0000\u0001 not SIP at all\r\n\r\n".getBytes(StandardCharsets.UTF_8);
            s.send(new DatagramPacket(junk, junk.length, to));
            String register = "REGISTER sip:thirdparty@[::1]:" + as.port() + " SIP/2.0\r\n"
                    + "Via: SIP/2.0/UDP [::1]:" + port + ";branch=z9hG4bK-bad1\r\n"
                    + "Max-Forwards: 70\r\n"
                    + "From: <sip:scscf.domain1.test>;tag=a1\r\n"
                    + "To: <sip:alice@domain1.test>\r\n"
                    + "Call-ID: bad-expires@test\r\n"
                    + "CSeq: 1 REGISTER\r\n"
                    + "Contact: <sip:scscf.domain1.test>\r\n"
                    + "Expires: soon\r\n"
                    + "Content-Length: 0\r\n\r\n";
            byte[] b = register.getBytes(StandardCharsets.UTF_8);
            s.send(new DatagramPacket(b, b.length, to));
            DatagramPacket p = new DatagramPacket(new byte[4096], 4096);
            s.receive(p);
            String answer = new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("SIP/2.0 400 Malformed Expires"), answer);
        }
        assertEquals(200, peer.call(peer.request(Request.OPTIONS, "sip:[::1]:" + as.port(),
                "sip:scscf@domain1.test")).getStatusCode(), "still serving");
    }

    @Test
    void readyWhenSipListensAndCountsRequests() throws Exception {
        assertTrue(as.node().readiness().ready(), as.node().readiness().detail());
        peer.call(peer.request(Request.OPTIONS, as.uri("b2bua"), "sip:alice@domain1.test"));
        String metrics = as.metrics();
        assertTrue(metrics.contains("imstb_as_requests_total{service=\"b2bua\",method=\"OPTIONS\"}"), metrics);
        assertTrue(metrics.contains("imstb_as_voicemail_messages "), metrics);
        assertTrue(metrics.contains("imstb_as_registered_users "), metrics);
    }
}
