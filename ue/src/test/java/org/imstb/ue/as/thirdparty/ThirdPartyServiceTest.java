package org.imstb.ue.as.thirdparty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import javax.sip.header.ContactHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.RouteHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.ue.as.testing.AsHarness;
import org.imstb.ue.as.testing.SipPeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Third-party registration over real SIP (the peer plays the S-CSCF), and the welcome MESSAGE the AS then sends as
 * originating UA.
 */
class ThirdPartyServiceTest {
    @TempDir
    static Path dir;
    static AsHarness as;
    static SipPeer scscf;

    @BeforeAll
    static void start() throws Exception {
        as = AsHarness.start(dir, """
                    thirdparty: {type: thirdparty}
                    welcome: {type: thirdparty, welcomeFrom: "sip:welcome@domain1.test", welcomeText: "Hello {user}"}
                """);
        scscf = SipPeer.start("scscf");
    }

    @AfterAll
    static void stop() {
        if (scscf != null) {
            scscf.close();
        }
        if (as != null) {
            as.close();
        }
    }

    /** A third-party REGISTER as TS 24.229 §5.4.1.7 has it: From/Contact the S-CSCF, To the user. */
    private Request register(String service, String user, int expires) throws Exception {
        Request r = scscf.request(Request.REGISTER, as.uri(service), scscf.uri(null));
        r.setHeader(scscf.sip().headers().createToHeader(scscf.sip().addresses().createAddress(user), null));
        r.setHeader(scscf.sip().headers().createContactHeader(scscf.sip().addresses().createAddress(
                scscf.uri(null))));
        r.addHeader(scscf.sip().headers().createExpiresHeader(expires));
        return r;
    }

    private Registrations registrations(String service) {
        return as.service(service, ThirdPartyService.class).registrations();
    }

    @Test
    void answers200RecordsTheUserAndItsServiceInfo() throws Exception {
        Request r = register("thirdparty", "sip:alice@domain1.test", 600);
        String body = """
                --b1\r
                Content-Type: application/3gpp-ims+xml\r
                \r
                <?xml version="1.0"?><ims-3gpp version="1"><service-info>voicemail=on</service-info></ims-3gpp>\r
                --b1\r
                Content-Type: message/sip\r
                \r
                SIP/2.0 200 OK\r
                Via: SIP/2.0/UDP [::1]:5060;branch=z9hG4bK1\r
                \r
                --b1--\r
                """;
        r.setContent(body, scscf.sip().headers().createContentTypeHeader("multipart", "mixed"));
        ((javax.sip.header.ContentTypeHeader) r.getHeader("Content-Type")).setParameter("boundary", "b1");
        Response ok = scscf.call(r);
        assertEquals(200, ok.getStatusCode());
        ContactHeader c = (ContactHeader) ok.getHeader(ContactHeader.NAME);
        assertEquals(scscf.uri(null), c.getAddress().getURI().toString(), "Contact echoed");
        assertEquals(600, c.getExpires());

        Registrations.Registration reg = registrations("thirdparty").get("sip:alice@domain1.test",
                System.currentTimeMillis()).orElseThrow();
        assertEquals("voicemail=on", reg.serviceInfo());
        assertEquals(scscf.uri(null), reg.scscf());
        assertTrue(reg.expiresAt() > System.currentTimeMillis() + 590_000);
        assertTrue(as.metrics().contains("imstb_as_registered_users "), as.metrics());

        assertEquals(200, scscf.call(register("thirdparty", "sip:alice@domain1.test", 0)).getStatusCode());
        assertTrue(registrations("thirdparty").get("sip:alice@domain1.test", System.currentTimeMillis()).isEmpty(),
                "Expires 0 deregisters");
    }

    @Test
    void aNewRegistrationGetsAWelcomeMessageThroughTheScscf() throws Exception {
        assertEquals(200, scscf.call(register("welcome", "sip:bob@domain1.test", 300)).getStatusCode());
        SipPeer.Incoming m = scscf.await(Request.MESSAGE, 5000);
        Request msg = m.request();
        assertEquals("sip:bob@domain1.test", msg.getRequestURI().toString());
        assertEquals("sip:welcome@domain1.test",
                ((FromHeader) msg.getHeader(FromHeader.NAME)).getAddress().getURI().toString());
        assertEquals("<sip:welcome@domain1.test>", SipPeer.header(msg, "P-Asserted-Identity"));
        assertEquals("sip:[::1]:" + scscf.port() + ";lr",
                ((RouteHeader) msg.getHeader(RouteHeader.NAME)).getAddress().getURI().toString());
        assertEquals("Hello sip:bob@domain1.test", SipPeer.text(msg));
        scscf.reply(m, 200, "t", null);

        assertEquals(200, scscf.call(register("welcome", "sip:bob@domain1.test", 300)).getStatusCode());
        assertNull(scscf.poll(500), "a re-registration is not welcomed again");
    }

    @Test
    void aBodyThatCannotBeReadIs400() throws Exception {
        Request r = register("thirdparty", "sip:carol@domain1.test", 600);
        r.setContent("<ims-3gpp><service-info>unclosed", scscf.sip().headers().createContentTypeHeader(
                "application", "3gpp-ims+xml"));
        assertEquals(400, scscf.call(r).getStatusCode());
        assertTrue(registrations("thirdparty").get("sip:carol@domain1.test", System.currentTimeMillis()).isEmpty());
    }

    @Test
    void otherMethodsAre405() throws Exception {
        Response r = scscf.call(scscf.request(Request.MESSAGE, as.uri("thirdparty"), "sip:alice@domain1.test"));
        assertEquals(405, r.getStatusCode());
    }
}
