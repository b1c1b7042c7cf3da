package org.imstb.ue.as.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;

import javax.sip.header.RouteHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.ue.as.testing.AsHarness;
import org.imstb.ue.as.testing.SipPeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proxy service over real SIP: the caller plays the S-CSCF sending to the AS, the callee plays the S-CSCF the
 * next Route (with its odi) leads back to.
 */
class ProxyServiceTest {
    @TempDir
    static Path dir;
    static AsHarness as;
    static SipPeer caller;
    static SipPeer callee;

    @BeforeAll
    static void start() throws Exception {
        as = AsHarness.start(dir, """
                    proxy: {type: proxy}
                    rr: {type: proxy, recordRoute: true, header: "X-Test: yes"}
                """);
        caller = SipPeer.start("caller");
        callee = SipPeer.start("callee");
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {caller, callee, as}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // best effort
            }
        }
    }

    private Request invite(String service, String odi) throws Exception {
        return caller.request(Request.INVITE, "sip:bob@domain1.test", "sip:alice@domain1.test", as.route(service),
                callee.route("orig", ";odi=" + odi));
    }

    private static List<String> routes(Request r) {
        List<String> out = new ArrayList<>();
        ListIterator<?> it = r.getHeaders(RouteHeader.NAME);
        while (it.hasNext()) {
            out.add(((RouteHeader) it.next()).getAddress().getURI().toString());
        }
        return out;
    }

    @Test
    void removesItsRouteAddsItsHeaderAndRelaysResponses() throws Exception {
        SipPeer.Exchange x = caller.send(invite("proxy", "p1"));
        SipPeer.Incoming in = callee.await(Request.INVITE, 5000);
        assertEquals(List.of("sip:orig@[::1]:" + callee.port() + ";lr;odi=p1"), routes(in.request()),
                "back to the S-CSCF with its odi");
        assertEquals("proxy; as=as1", SipPeer.header(in.request(), "X-Imstb-Service"));
        assertNull(in.request().getHeader("Record-Route"), "no Record-Route unless configured");
        assertEquals(as.port(), ((ViaHeader) in.request().getHeader(ViaHeader.NAME)).getPort(), "our Via on top");
        callee.reply(in, 180, "callee-tag", null);
        x.await(180, 5000);
        callee.reply(in, 200, "callee-tag", "v=0\r\n");
        Response ok = x.awaitFinal(5000);
        assertEquals(200, ok.getStatusCode());
        assertEquals(1, count(ok.getHeaders(ViaHeader.NAME)), "the AS's Via is gone from the relayed response");
    }

    private static int count(ListIterator<?> it) {
        int n = 0;
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

    @Test
    void recordRoutesAndThenInDialogRequestsFollowTheRoute() throws Exception {
        Request invite = invite("rr", "p2");
        SipPeer.Exchange x = caller.send(invite);
        SipPeer.Incoming in = callee.await(Request.INVITE, 5000);
        assertEquals("yes", SipPeer.header(in.request(), "X-Test"));
        assertEquals("<sip:rr@[::1]:" + as.port() + ";lr>", SipPeer.header(in.request(), "Record-Route"));
        callee.reply(in, 200, "callee-tag", null);
        Response ok = x.awaitFinal(5000);
        assertEquals(200, ok.getStatusCode());

        caller.ack(invite, ok);
        SipPeer.Incoming ack = callee.await(Request.ACK, 5000);
        assertEquals(List.of(), routes(ack.request()), "the AS took its Route off the ACK");
        SipPeer.Exchange bye = caller.send(caller.inDialog(invite, ok, Request.BYE, 2));
        SipPeer.Incoming byeIn = callee.await(Request.BYE, 5000);
        assertNull(byeIn.request().getHeader("X-Test"), "the header goes on initial requests only");
        callee.reply(byeIn, 200, null, null);
        assertEquals(200, bye.awaitFinal(5000).getStatusCode());
    }

    @Test
    void aCancelIsForwardedAndThe487Relayed() throws Exception {
        SipPeer.Exchange x = caller.send(invite("proxy", "p3"));
        SipPeer.Incoming in = callee.await(Request.INVITE, 5000);
        callee.reply(in, 180, "callee-tag", null);
        x.await(180, 5000);
        assertEquals(200, caller.cancel(x).awaitFinal(5000).getStatusCode());
        SipPeer.Incoming cancel = callee.await(Request.CANCEL, 5000);
        callee.reply(cancel, 200, null, null);
        callee.reply(in, 487, "callee-tag", null);
        assertEquals(487, x.awaitFinal(5000).getStatusCode());
    }

    @Test
    void aMessageGoesThroughAndItsAnswerComesBack() throws Exception {
        Request m = caller.request(Request.MESSAGE, "sip:bob@domain1.test", "sip:alice@domain1.test",
                as.route("proxy"), callee.route("orig", ";odi=p4"));
        caller.body(m, "text", "plain", "hi");
        SipPeer.Exchange x = caller.send(m);
        SipPeer.Incoming in = callee.await(Request.MESSAGE, 5000);
        assertEquals("hi", SipPeer.text(in.request()));
        callee.reply(in, 202, "t", null);
        assertEquals(202, x.awaitFinal(5000).getStatusCode());
    }
}
