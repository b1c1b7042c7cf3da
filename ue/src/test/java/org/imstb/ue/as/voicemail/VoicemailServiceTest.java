package org.imstb.ue.as.voicemail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javax.sip.header.ContactHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.ue.as.testing.AsHarness;
import org.imstb.ue.as.testing.SipPeer;
import org.imstb.ue.session.Sdp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The voicemail service over real SIP: answers calls, keeps messages, hangs up, honours CANCEL. */
class VoicemailServiceTest {
    @TempDir
    static Path dir;
    static AsHarness as;
    static SipPeer caller;

    @BeforeAll
    static void start() throws Exception {
        // "voicemail" rings 50 ms: a 180 and a 200 sent back to back may be handled in either order by the caller's
        // stack (several UDP message threads), and a 180 after the 200 is dropped by the INVITE transaction
        as = AsHarness.start(dir, """
                    voicemail: {type: voicemail, answerAfterMs: 50}
                    slow: {type: voicemail, answerAfterMs: 5000}
                    short: {type: voicemail, answerAfterMs: 100, hangupAfterMs: 200}
                """);
        caller = SipPeer.start("caller");
    }

    @AfterAll
    static void stop() {
        if (caller != null) {
            caller.close();
        }
        if (as != null) {
            as.close();
        }
    }

    private Request invite(String service) throws Exception {
        Request r = caller.request(Request.INVITE, "sip:bob@domain1.test", "sip:alice@domain1.test",
                as.route(service), caller.route("term", ";odi=t1"));
        r.addHeader(caller.sip().headers().createHeader("P-Served-User",
                "<sip:bob@domain1.test>;sescase=term;regstate=reg"));
        caller.body(r, "application", "sdp", Sdp.offer("::1", 40000).encode());
        return r;
    }

    @Test
    void answersAnInviteWithAnSdpAnswerTakesTheAckAndTheBye() throws Exception {
        Request invite = invite("voicemail");
        SipPeer.Exchange x = caller.send(invite);
        Response ok = x.awaitFinal(5000);
        assertEquals(200, ok.getStatusCode());
        assertTrue(x.provisional().contains(180), "rang first: " + x.provisional());
        Sdp answer = Sdp.parse(SipPeer.text(ok));
        assertEquals(List.of("0", "8", "96", "101"), answer.codecs());
        assertEquals(VoicemailService.MEDIA_PORT, answer.port());
        assertEquals("sip:voicemail@[::1]:" + as.port(),
                ((ContactHeader) ok.getHeader(ContactHeader.NAME)).getAddress().getURI().toString());
        assertNotNull(((ToHeader) ok.getHeader(ToHeader.NAME)).getTag());
        VoicemailService vm = as.service("voicemail", VoicemailService.class);
        assertEquals(1, vm.calls());
        caller.ack(invite, ok);
        Response bye = caller.call(caller.inDialog(invite, ok, Request.BYE, 2));
        assertEquals(200, bye.getStatusCode());
        assertEquals(0, vm.calls());
        assertEquals(481, caller.call(caller.inDialog(invite, ok, Request.BYE, 3)).getStatusCode(), "gone");
    }

    @Test
    void keepsMessagesPerServedUser() throws Exception {
        Request m = caller.request(Request.MESSAGE, "sip:carol@domain1.test", "sip:alice@domain1.test",
                as.route("voicemail"), caller.route("term", ";odi=t2"));
        m.addHeader(caller.sip().headers().createHeader("P-Served-User",
                "<sip:carol@domain1.test>;sescase=term;regstate=unreg"));
        m.addHeader(caller.sip().headers().createHeader("P-Asserted-Identity", "<sip:alice@domain1.test>"));
        caller.body(m, "text", "plain", "call me back");
        assertEquals(200, caller.call(m).getStatusCode());
        Request m2 = caller.request(Request.MESSAGE, "sip:carol@domain1.test", "sip:bob@domain1.test",
                as.route("voicemail"));
        caller.body(m2, "text", "plain", "me too");
        assertEquals(200, caller.call(m2).getStatusCode(), "no P-Served-User: the Request-URI is served");

        Mailbox box = as.service("voicemail", VoicemailService.class).mailbox();
        List<Mailbox.Message> kept = box.messages("sip:carol@domain1.test");
        assertEquals(2, kept.size());
        assertEquals("sip:alice@domain1.test", kept.get(0).from());
        assertEquals("call me back", kept.get(0).text());
        assertEquals("text/plain", kept.get(0).contentType());
        assertEquals("sip:bob@domain1.test", kept.get(1).from());
        assertTrue(as.metrics().contains("imstb_as_voicemail_messages " + (double) box.count()), as.metrics());
    }

    @Test
    void hangsUpItselfAfterHangupAfterMs() throws Exception {
        Request invite = invite("short");
        long t0 = System.nanoTime();
        Response ok = caller.call(invite);
        assertEquals(200, ok.getStatusCode());
        assertTrue(System.nanoTime() - t0 >= 100_000_000L, "answered after answerAfterMs");
        caller.ack(invite, ok);
        SipPeer.Incoming bye = caller.await(Request.BYE, 5000);
        assertEquals(((javax.sip.header.CallIdHeader) invite.getHeader("Call-ID")).getCallId(), bye.callId());
        caller.reply(bye, 200, null, null);
        assertEquals(0, as.service("short", VoicemailService.class).calls());
    }

    @Test
    void aCancelWhileRingingGets487() throws Exception {
        Request invite = invite("slow");
        SipPeer.Exchange x = caller.send(invite);
        x.await(180, 5000);
        assertEquals(200, caller.cancel(x).awaitFinal(5000).getStatusCode());
        assertEquals(487, x.awaitFinal(5000).getStatusCode());
        assertEquals(0, as.service("slow", VoicemailService.class).calls());
    }

    @Test
    void optionsAndBadSdp() throws Exception {
        assertEquals(200, caller.call(caller.request(Request.OPTIONS, "sip:bob@domain1.test",
                "sip:alice@domain1.test", as.route("voicemail"))).getStatusCode());
        Request bad = caller.request(Request.INVITE, "sip:bob@domain1.test", "sip:alice@domain1.test",
                as.route("voicemail"));
        caller.body(bad, "application", "sdp", "v=0\r\nnothing useful\r\n");
        assertEquals(488, caller.call(bad).getStatusCode());
        Request subscribe = caller.request(Request.SUBSCRIBE, "sip:bob@domain1.test", "sip:alice@domain1.test",
                as.route("voicemail"));
        subscribe.addHeader(caller.sip().headers().createEventHeader("presence"));
        subscribe.addHeader(caller.sip().headers().createExpiresHeader(600));
        assertEquals(405, caller.call(subscribe).getStatusCode());
    }
}
