package org.imstb.ue.as.thirdparty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Bodies of third-party REGISTER requests (TS 24.229 §5.4.1.7) and the registration table. */
class ThirdPartyBodyTest {
    static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n"
            + "<ims-3gpp version=\"1\"><service-info>mode=&lt;gold&gt;</service-info></ims-3gpp>";

    @Test
    void serviceInfoFromTheImsXml() {
        assertEquals(new ThirdPartyBody("mode=<gold>", null, null),
                ThirdPartyBody.parse("application", "3gpp-ims+xml", null, XML));
    }

    @Test
    void embeddedRequestAndResponseInAMultipartBody() {
        String body = "preamble\r\n--xyz\r\nContent-Type: message/sip\r\n\r\nREGISTER sip:domain1.test SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP ue\r\n\r\n--xyz\r\ncontent-type: message/sip\r\n\r\nSIP/2.0 200 OK\r\n"
                + "Via: SIP/2.0/UDP ue\r\n\r\n--xyz\r\nContent-Type: application/3gpp-ims+xml\r\n\r\n" + XML
                + "\r\n--xyz--\r\n";
        assertEquals(new ThirdPartyBody("mode=<gold>", "REGISTER sip:domain1.test SIP/2.0", "SIP/2.0 200 OK"),
                ThirdPartyBody.parse("multipart", "mixed", "xyz", body));
    }

    @Test
    void unreadableBodiesAreErrorsAndOthersAreIgnored() {
        assertThrows(IllegalArgumentException.class, () -> ThirdPartyBody.parse("application", "3gpp-ims+xml", null,
                "<ims-3gpp><service-info>"));
        assertThrows(IllegalArgumentException.class, () -> ThirdPartyBody.parse("multipart", "mixed", null, "x"));
        assertThrows(IllegalArgumentException.class, () -> ThirdPartyBody.parse("message", "sip", null, "hello"));
        assertThrows(IllegalArgumentException.class, () -> ThirdPartyBody.parse("application", "3gpp-ims+xml", null,
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><ims-3gpp><service-info>&e;</service-info>"
                        + "</ims-3gpp>"), "no external entities");
        assertEquals(ThirdPartyBody.NONE, ThirdPartyBody.parse("text", "plain", null, "hi"));
        assertEquals(ThirdPartyBody.NONE, ThirdPartyBody.parse(null, null, null, null));
    }

    @Test
    void registrationsExpireAndKeepTheLastServiceInfo() {
        Registrations r = new Registrations();
        ThirdPartyRegister first = new ThirdPartyRegister("sip:alice@domain1.test", "sip:scscf.domain1.test",
                "sip:scscf.domain1.test:6060", 60, new ThirdPartyBody("gold", null, null));
        assertTrue(r.register(first, 0));
        ThirdPartyRegister again = new ThirdPartyRegister("sip:alice@domain1.test", "sip:scscf.domain1.test", null,
                60, ThirdPartyBody.NONE);
        assertEquals(false, r.register(again, 30_000), "a re-registration");
        Registrations.Registration now = r.get("sip:alice@domain1.test", 30_000).orElseThrow();
        assertEquals("gold", now.serviceInfo(), "kept from before");
        assertEquals("sip:scscf.domain1.test", now.scscf(), "From when there is no Contact");
        assertEquals(0, now.registeredAt());
        assertEquals(List.of(now), r.all(30_000));
        assertEquals(0, r.purge(89_999));
        assertEquals(1, r.purge(90_000));
        assertTrue(r.register(first, 100_000), "new again after expiry");
        assertTrue(r.deregister("sip:alice@domain1.test", 100_001));
        assertEquals(0, r.size());
    }
}
