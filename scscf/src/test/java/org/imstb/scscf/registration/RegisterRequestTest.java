package org.imstb.scscf.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;

import javax.sip.header.ContactHeader;
import javax.sip.message.Request;

import gov.nist.javax.sip.header.HeaderFactoryImpl;

import org.imstb.common.aka.AkaVectorGenerator;
import org.imstb.common.aka.AuthenticationVector;
import org.imstb.common.util.Hex;
import org.imstb.scscf.ScscfConfig.RegistrarConfig;
import org.imstb.scscf.auth.AuthScheme;
import org.imstb.scscf.auth.Challenge;
import org.imstb.scscf.auth.DigestAnswer;
import org.imstb.scscf.registrar.ContactRequest;
import org.junit.jupiter.api.Test;

/** Reading and checking REGISTER requests (TS 24.229 §5.4.1.1, RFC 3261 §10.3) from golden messages. */
class RegisterRequestTest {
    /** min 60, max 3600, default 600. */
    private static final RegistrarConfig DEFAULTS = new RegistrarConfig(null, null, null, null, null, null);
    private static final String UE1 = "sip:alice@[2001:db8:1::10]:5062";

    private static RegisterRequest parse(String name) throws Exception {
        return RegisterRequest.parse(SipText.request(name), DEFAULTS);
    }

    private static RegisterRequest.Rejected rejected(String name, RegistrarConfig policy) throws Exception {
        Request r = SipText.request(name);
        return assertThrows(RegisterRequest.Rejected.class, () -> RegisterRequest.parse(r, policy));
    }

    @Test
    void initialImsRegisterWithEmptyResponse() throws Exception {
        RegisterRequest r = parse("initial-register.sip");

        assertEquals("sip:alice@domain1.test", r.impu());
        assertEquals("alice@domain1.test", r.impi());
        // Expires: 600000 is shortened to maxExpires
        assertEquals(List.of(new ContactRequest(UE1, "<" + UE1 + ">", 3600)), r.contacts());
        assertFalse(r.wildcard());
        assertFalse(r.removesAll());
        assertEquals(List.of("<sip:term@pcscf.domain1.test;lr>"), r.path());
        assertEquals("apb03a0s09dkjdfglkj49111", r.callId());
        assertEquals(1, r.cseq());
        assertNull(r.digest(), "an empty response is no answer: challenge");
        assertNull(r.algorithm());
        assertNull(r.auts());
    }

    @Test
    void clampsToTheConfiguredMaximum() throws Exception {
        RegisterRequest r = RegisterRequest.parse(SipText.request("initial-register.sip"),
                new RegistrarConfig(60, 1800, 600, null, null, null));
        assertEquals(1800, r.contacts().get(0).expires());
    }

    @Test
    void answeredAkaRegisterCarriesTheDigest() throws Exception {
        RegisterRequest r = parse("register-aka-answer.sip");

        assertEquals("alice@domain1.test", r.impi());
        assertEquals("AKAv1-MD5", r.algorithm());
        assertNull(r.auts());
        assertEquals(2, r.cseq());
        assertEquals(List.of(new ContactRequest(UE1, "<" + UE1 + ">", 600)), r.contacts());
        DigestAnswer d = r.digest();
        assertNotNull(d);
        assertEquals(new DigestAnswer("alice@domain1.test", "domain1.test",
                "I1U8vpY3qJ0hiuZNrke/NVXzKLQ1d7m5Sp/6w1Tfr7M=", "sip:domain1.test", "6dab536a1d4913604271587414d7e86b",
                "auth", "00000001", "0a4f113b"), d);
        assertEquals(1, d.ncValue());
    }

    @Test
    void answeredAkaRegisterVerifiesAgainstTheVectorItWasMadeFor() throws Exception {
        // TS 35.208 test set 1: the nonce in the golden message is base64(RAND || AUTN) of this vector
        AuthenticationVector v = new AkaVectorGenerator(Hex.parse("465b5ce8b199b49faa5f0a2ee238a6bc"),
                Hex.parse("cd63cb71954a9f4e48a5994e37a02baf"))
                .generate(0xff9bb4d0b607L, Hex.parse("b9b9"), Hex.parse("23553cbe9637a89d218ae64dae47bf35"));
        String nonce = Base64.getEncoder().encodeToString(v.sipAuthenticate());
        Challenge c = new Challenge("alice@domain1.test", "sip:alice@domain1.test", AuthScheme.AKA, "domain1.test",
                nonce, v.xres(), v.rand(), 0);

        RegisterRequest r = parse("register-aka-answer.sip");

        assertEquals(nonce, r.digest().nonce());
        assertTrue(r.digest().verify(c, Request.REGISTER));
    }

    @Test
    void resynchronisationCarriesAuts() throws Exception {
        RegisterRequest r = parse("register-aka-resync.sip");

        assertEquals("AAECAwQFBgcICQoLDA0=", r.auts());
        assertEquals(14, Base64.getDecoder().decode(r.auts()).length);
        assertEquals("AKAv1-MD5", r.algorithm());
        assertNotNull(r.digest());
        assertEquals("82225c7cde9297c79010c87666c6d0c6", r.digest().response());
    }

    @Test
    void wildcardWithExpiresZeroRemovesAll() throws Exception {
        RegisterRequest r = parse("register-wildcard.sip");

        assertTrue(r.wildcard());
        assertTrue(r.contacts().isEmpty());
        assertTrue(r.removesAll());
        assertEquals("alice@domain1.test", r.impi(), "derived from the public identity");
        assertEquals(9, r.cseq());
    }

    @Test
    void contactsGetTheirOwnExpiresOrTheHeadersClampedToMaximum() throws Exception {
        RegisterRequest r = parse("register-contacts-expires.sip");

        assertEquals(List.of(
                new ContactRequest(UE1, "<" + UE1 + ">;q=0.5", 1200),
                new ContactRequest("sip:alice@[2001:db8:1::11]:5064", "<sip:alice@[2001:db8:1::11]:5064>", 0),
                new ContactRequest("sip:alice@[2001:db8:1::12]:5066;transport=tcp",
                        "\"Alice\" <sip:alice@[2001:db8:1::12]:5066;transport=tcp>", 300),
                new ContactRequest("sip:alice@[2001:db8:1::13]:5068", "<sip:alice@[2001:db8:1::13]:5068>", 3600)),
                r.contacts());
        assertFalse(r.removesAll());
    }

    @Test
    void contactWithoutExpiresAndNoHeaderGetsTheDefault() throws Exception {
        RegisterRequest r = parse("register-no-expires.sip");
        assertEquals(600, r.contacts().get(0).expires());
    }

    @Test
    void expiresZeroOnEveryContactRemovesAll() throws Exception {
        RegisterRequest r = parse("register-deregister.sip");

        assertFalse(r.wildcard());
        assertEquals(List.of(new ContactRequest(UE1, "<" + UE1 + ">", 0)), r.contacts());
        assertTrue(r.removesAll(), "expires 0 is allowed below minExpires");
    }

    @Test
    void pathValuesKeepTheirOrderAcrossHeaders() throws Exception {
        RegisterRequest r = parse("register-path.sip");

        assertEquals(List.of("<sip:term@pcscf.domain1.test;lr>", "<sip:ibcf.domain1.test;lr>",
                "<sip:ibcf.domain2.test;lr>"), r.path());
        assertEquals("sip:bob@domain2.test", r.impu());
        assertEquals("bob@domain2.test", r.impi());
    }

    @Test
    void noContactIs400() throws Exception {
        RegisterRequest.Rejected e = rejected("register-no-contact.sip", DEFAULTS);
        assertEquals(400, e.status());
        assertEquals("Missing Contact", e.getMessage());
    }

    @Test
    void expiresBelowMinimumIs423WithMinExpires() throws Exception {
        RegisterRequest.Rejected e = rejected("register-too-brief.sip", DEFAULTS);
        assertEquals(423, e.status());
        assertEquals(60, e.minExpires());

        RegisterRequest.Rejected custom = rejected("register-too-brief.sip",
                new RegistrarConfig(120, 3600, 600, null, null, null));
        assertEquals(423, custom.status());
        assertEquals(120, custom.minExpires());
    }

    @Test
    void expiresHeaderBelowMinimumIs423ForAContactWithoutItsOwn() throws Exception {
        RegisterRequest.Rejected e = rejected("register-too-brief-header.sip", DEFAULTS);
        assertEquals(423, e.status());
        assertEquals(60, e.minExpires());
    }

    @Test
    void wildcardWithoutExpiresZeroIs400() throws Exception {
        for (String name : List.of("register-wildcard-without-expires.sip", "register-wildcard-expires-600.sip",
                "register-wildcard-and-contact.sip")) {
            RegisterRequest.Rejected e = rejected(name, DEFAULTS);
            assertEquals(400, e.status(), name);
            assertEquals(0, e.minExpires(), name);
        }
    }

    @Test
    void basicAuthorizationIs400() throws Exception {
        RegisterRequest.Rejected e = rejected("register-basic-auth.sip", DEFAULTS);
        assertEquals(400, e.status());
        assertEquals("Authorization scheme must be Digest", e.getMessage());
    }

    @Test
    void malformedContactIs400NotMissing() throws Exception {
        Request r = SipText.received("register-malformed-contact.sip");
        RegisterRequest.Rejected e = assertThrows(RegisterRequest.Rejected.class,
                () -> RegisterRequest.parse(r, DEFAULTS));
        assertEquals(400, e.status());
        assertEquals("Malformed Contact", e.getMessage());
    }

    @Test
    void quotedContactParametersKeepTheirQuotes() throws Exception {
        RegisterRequest r = parse("register-sip-instance.sip");

        String contact = r.contacts().get(0).contact();
        assertEquals("<" + UE1 + ">;+sip.instance=\"<urn:gsma:imei:35209900-176148-1>\"", contact);
        ContactHeader again = (ContactHeader) new HeaderFactoryImpl().createHeader(ContactHeader.NAME, contact);
        assertEquals("<urn:gsma:imei:35209900-176148-1>", again.getParameter("+sip.instance"));
    }
}
