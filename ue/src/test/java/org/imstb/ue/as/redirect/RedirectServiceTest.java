package org.imstb.ue.as.redirect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import javax.sip.header.ContactHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.ue.as.testing.AsHarness;
import org.imstb.ue.as.testing.SipPeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The redirect service over real SIP: 302 with the configured Contact, or the AS's own voicemail by default. */
class RedirectServiceTest {
    @TempDir
    static Path dir;
    static AsHarness as;
    static SipPeer caller;

    @BeforeAll
    static void start() throws Exception {
        as = AsHarness.start(dir, """
                    redirect: {type: redirect}
                    tobob: {type: redirect, contact: "sip:bob@domain2.test"}
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

    private static String contact(Response r) {
        return ((ContactHeader) r.getHeader(ContactHeader.NAME)).getAddress().getURI().toString();
    }

    @Test
    void redirectsToTheConfiguredContact() throws Exception {
        Response r = caller.call(caller.request(Request.INVITE, "sip:carol@domain1.test", "sip:alice@domain1.test",
                as.route("tobob"), caller.route("term", ";odi=r1")));
        assertEquals(302, r.getStatusCode());
        assertEquals("sip:bob@domain2.test", contact(r));
        Response m = caller.call(caller.request(Request.MESSAGE, "sip:carol@domain1.test", "sip:alice@domain1.test",
                as.route("tobob")));
        assertEquals(302, m.getStatusCode(), "any initial request");
    }

    @Test
    void byDefaultToTheVoicemailServiceOfTheSameAs() throws Exception {
        Response r = caller.call(caller.request(Request.INVITE, "sip:carol@domain1.test", "sip:alice@domain1.test",
                as.route("redirect")));
        assertEquals(302, r.getStatusCode());
        assertEquals("sip:voicemail@[::1]:" + as.port(), contact(r));
    }

    @Test
    void nothingInsideADialog() throws Exception {
        Request bye = caller.request(Request.BYE, "sip:carol@domain1.test", "sip:alice@domain1.test",
                as.route("redirect"));
        ((javax.sip.header.ToHeader) bye.getHeader("To")).setTag("x");
        assertEquals(481, caller.call(bye).getStatusCode());
    }
}
