package org.imstb.ue.as.b2bua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;

import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.RouteHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.ue.as.testing.AsHarness;
import org.imstb.ue.as.testing.SipPeer;
import org.imstb.ue.session.Sdp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The B2BUA over real SIP: the caller plays the S-CSCF sending to the AS (leg A); the callee plays the S-CSCF that
 * the remaining Route leads back to (leg B).
 */
class B2buaServiceTest {
    @TempDir
    static Path dir;
    static AsHarness as;
    static SipPeer caller;
    static SipPeer callee;

    @BeforeAll
    static void start() throws Exception {
        as = AsHarness.start(dir, "    b2bua: {type: b2bua}\n");
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

    private Request invite(String odi) throws Exception {
        Request r = caller.request(Request.INVITE, "sip:bob@domain1.test", "sip:alice@domain1.test",
                as.route("b2bua"), callee.route("orig", ";odi=" + odi));
        r.addHeader(caller.sip().headers().createHeader("P-Asserted-Identity", "<sip:alice@domain1.test>"));
        caller.body(r, "application", "sdp", Sdp.offer("::1", 40000).encode());
        return r;
    }

    private static String callId(Message m) {
        return ((CallIdHeader) m.getHeader(CallIdHeader.NAME)).getCallId();
    }

    private static String fromTag(Message m) {
        return ((FromHeader) m.getHeader(FromHeader.NAME)).getTag();
    }

    private static String toTag(Message m) {
        return ((ToHeader) m.getHeader(ToHeader.NAME)).getTag();
    }

    private static List<String> routes(Request r) {
        List<String> out = new ArrayList<>();
        ListIterator<?> it = r.getHeaders(RouteHeader.NAME);
        while (it.hasNext()) {
            out.add(((RouteHeader) it.next()).getAddress().getURI().toString());
        }
        return out;
    }

    private B2buaService service() {
        return as.service("b2bua", B2buaService.class);
    }

    /** Sets up a call; returns [caller's INVITE, 200 at the caller, INVITE at the callee]. */
    private Object[] establish(String odi) throws Exception {
        Request invite = invite(odi);
        SipPeer.Exchange x = caller.send(invite);
        SipPeer.Incoming b = callee.await(Request.INVITE, 5000);
        callee.reply(b, 180, "callee-tag", null);
        x.await(180, 5000); // as a UA does: 180 and 200 sent back to back may overtake each other in the AS
        callee.reply(b, 200, "callee-tag", Sdp.offer("::1", 50000).encode());
        Response ok = x.awaitFinal(5000);
        assertEquals(200, ok.getStatusCode());
        assertTrue(x.provisional().contains(180), x.provisional().toString());
        return new Object[] {invite, ok, b};
    }

    @Test
    void relaysAnInviteAsANewCallAndItsAnswerBack() throws Exception {
        Object[] call = establish("b1");
        Request invite = (Request) call[0];
        Response ok = (Response) call[1];
        Request legB = ((SipPeer.Incoming) call[2]).request();

        assertNotEquals(callId(invite), callId(legB), "new Call-ID");
        assertNotEquals(fromTag(invite), fromTag(legB), "new From tag");
        assertEquals("sip:alice@domain1.test", ((FromHeader) legB.getHeader("From")).getAddress().getURI().toString());
        assertEquals("sip:bob@domain1.test", legB.getRequestURI().toString());
        assertEquals("sip:bob@domain1.test", ((ToHeader) legB.getHeader("To")).getAddress().getURI().toString());
        assertEquals(SipPeer.text(invite), SipPeer.text(legB), "same body");
        assertEquals("<sip:alice@domain1.test>", SipPeer.header(legB, "P-Asserted-Identity"));
        assertEquals(List.of("sip:orig@[::1]:" + callee.port() + ";lr;odi=b1"), routes(legB),
                "back to the S-CSCF with its odi");
        assertEquals("sip:b2bua@[::1]:" + as.port(),
                ((ContactHeader) legB.getHeader(ContactHeader.NAME)).getAddress().getURI().toString());

        assertNotEquals("callee-tag", toTag(ok), "leg A has its own tag");
        assertEquals(Sdp.offer("::1", 50000).encode(), SipPeer.text(ok), "the callee's answer");
        assertEquals("sip:b2bua@[::1]:" + as.port(),
                ((ContactHeader) ok.getHeader(ContactHeader.NAME)).getAddress().getURI().toString());
        assertEquals(1, service().calls());

        caller.ack(invite, ok);
        SipPeer.Incoming ack = callee.await(Request.ACK, 5000);
        assertEquals(callId(legB), callId(ack.request()));
        assertEquals(1, ((CSeqHeader) ack.request().getHeader(CSeqHeader.NAME)).getSeqNumber());
        assertEquals("callee-tag", toTag(ack.request()));

        SipPeer.Exchange bye = caller.send(caller.inDialog(invite, ok, Request.BYE, 2));
        SipPeer.Incoming byeB = callee.await(Request.BYE, 5000);
        assertEquals(callId(legB), callId(byeB.request()));
        callee.reply(byeB, 200, null, null);
        assertEquals(200, bye.awaitFinal(5000).getStatusCode());
        assertEquals(0, service().calls());
    }

    @Test
    void theCalleeHangsUpAndTheByeReachesTheCaller() throws Exception {
        Object[] call = establish("b2");
        Request invite = (Request) call[0];
        Response ok = (Response) call[1];
        Request legB = ((SipPeer.Incoming) call[2]).request();
        caller.ack(invite, ok);
        callee.await(Request.ACK, 5000);

        SipPeer.Exchange bye = callee.send(callee.uasRequest(legB, "callee-tag", Request.BYE, 1));
        SipPeer.Incoming byeA = caller.await(Request.BYE, 5000);
        assertEquals(callId(invite), callId(byeA.request()));
        assertEquals(toTag(ok), fromTag(byeA.request()), "from the AS with leg A's tag");
        caller.reply(byeA, 200, null, null);
        assertEquals(200, bye.awaitFinal(5000).getStatusCode());
        assertEquals(0, service().calls());
    }

    @Test
    void aReInviteAndItsAckAreRelayedWithinTheOtherLegsDialog() throws Exception {
        Object[] call = establish("b6");
        Request invite = (Request) call[0];
        Response ok = (Response) call[1];
        Request legB = ((SipPeer.Incoming) call[2]).request();
        caller.ack(invite, ok);
        callee.await(Request.ACK, 5000);

        Request hold = caller.inDialog(invite, ok, Request.INVITE, 2);
        caller.body(hold, "application", "sdp", Sdp.offer("::1", 40000).withDirection("sendonly").encode());
        SipPeer.Exchange x = caller.send(hold);
        SipPeer.Incoming holdB = callee.await(Request.INVITE, 5000);
        assertEquals(callId(legB), callId(holdB.request()));
        assertEquals(2, ((CSeqHeader) holdB.request().getHeader(CSeqHeader.NAME)).getSeqNumber(), "after leg B's 1");
        assertEquals("callee-tag", toTag(holdB.request()));
        assertEquals("sendonly", Sdp.parse(SipPeer.text(holdB.request())).direction());
        callee.reply(holdB, 200, null, Sdp.offer("::1", 50000).withDirection("recvonly").encode());
        Response held = x.awaitFinal(5000);
        assertEquals(200, held.getStatusCode());
        assertEquals("recvonly", Sdp.parse(SipPeer.text(held)).direction());
        caller.ack(hold, held);
        SipPeer.Incoming ackB = callee.await(Request.ACK, 5000);
        assertEquals(2, ((CSeqHeader) ackB.request().getHeader(CSeqHeader.NAME)).getSeqNumber());

        SipPeer.Exchange bye = caller.send(caller.inDialog(invite, ok, Request.BYE, 3));
        callee.reply(callee.await(Request.BYE, 5000), 200, null, null);
        assertEquals(200, bye.awaitFinal(5000).getStatusCode());
    }

    @Test
    void aFailureOfLegBIsRelayedAndForgotten() throws Exception {
        SipPeer.Exchange x = caller.send(invite("b3"));
        SipPeer.Incoming b = callee.await(Request.INVITE, 5000);
        callee.reply(b, 486, "busy-tag", null);
        Response busy = x.awaitFinal(5000);
        assertEquals(486, busy.getStatusCode());
        assertNotEquals("busy-tag", toTag(busy));
        assertEquals(0, service().calls());
    }

    @Test
    void aCancelFromTheCallerCancelsLegB() throws Exception {
        SipPeer.Exchange x = caller.send(invite("b4"));
        SipPeer.Incoming b = callee.await(Request.INVITE, 5000);
        callee.reply(b, 180, "callee-tag", null);
        x.await(180, 5000);
        assertEquals(200, caller.cancel(x).awaitFinal(5000).getStatusCode());
        SipPeer.Incoming cancel = callee.await(Request.CANCEL, 5000);
        assertEquals(callId(b.request()), callId(cancel.request()));
        callee.reply(cancel, 200, null, null);
        callee.reply(b, 487, "callee-tag", null);
        assertEquals(487, x.awaitFinal(5000).getStatusCode());
        assertEquals(0, service().calls());
    }

    @Test
    void aMessageBecomesANewRequestAndItsAnswerComesBack() throws Exception {
        Request m = caller.request(Request.MESSAGE, "sip:bob@domain1.test", "sip:alice@domain1.test",
                as.route("b2bua"), callee.route("orig", ";odi=b5"));
        caller.body(m, "text", "plain", "hello");
        SipPeer.Exchange x = caller.send(m);
        SipPeer.Incoming in = callee.await(Request.MESSAGE, 5000);
        assertNotEquals(callId(m), callId(in.request()));
        assertEquals("hello", SipPeer.text(in.request()));
        callee.reply(in, 202, "t", null);
        assertEquals(202, x.awaitFinal(5000).getStatusCode());
    }
}
