package org.imstb.scscf.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.imstb.common.aka.AkaVectorGenerator;
import org.imstb.common.aka.AuthenticationVector;
import org.imstb.common.auth.DigestMd5;
import org.imstb.common.util.Hex;
import org.junit.jupiter.api.Test;

/** Verifying digest answers: MD5 with H(A1) from the HSS, and Digest-AKAv1-MD5 with XRES as the password. */
class DigestAnswerTest {
    private static final byte[] NONE = new byte[0];

    // RFC 2617 §3.5
    private static final String USER = "Mufasa";
    private static final String REALM = "testrealm@host.com";
    private static final String NONCE = "dcd98b7102dd2f0e8b11d0f600bfb0c093";
    private static final String URI = "/dir/index.html";
    private static final String CNONCE = "0a4f113b";
    private static final String RFC_RESPONSE = "6629fae49393a05397450978507c4ef1";

    // TS 35.208 test set 1
    private static final byte[] K = Hex.parse("465b5ce8b199b49faa5f0a2ee238a6bc");
    private static final byte[] OPC = Hex.parse("cd63cb71954a9f4e48a5994e37a02baf");
    private static final byte[] RAND = Hex.parse("23553cbe9637a89d218ae64dae47bf35");
    private static final long SQN = 0xff9bb4d0b607L;
    private static final byte[] AMF = Hex.parse("b9b9");

    private static final String IMPI = "alice@domain1.test";
    private static final String IMS_REALM = "domain1.test";
    private static final String REGISTRAR = "sip:domain1.test";

    /** An MD5 challenge as registration/Challenger builds it: the secret is H(A1) as lowercase hex ASCII. */
    private static Challenge md5Challenge() {
        String ha1 = DigestMd5.ha1(USER, REALM, "Circle Of Life");
        assertEquals("939e7578ed9e3c518a452acee763bce9", ha1);
        return new Challenge(USER, "sip:mufasa@host.com", AuthScheme.MD5, REALM, NONCE,
                ha1.getBytes(StandardCharsets.US_ASCII), NONE, 0);
    }

    private static DigestAnswer rfcAnswer(String response) {
        return new DigestAnswer(USER, REALM, NONCE, URI, response, "auth", "00000001", CNONCE);
    }

    @Test
    void md5MatchesTheRfc2617Example() {
        assertTrue(rfcAnswer(RFC_RESPONSE).verify(md5Challenge(), "GET"));
    }

    @Test
    void md5ResponseIsComparedIgnoringHexCase() {
        assertTrue(rfcAnswer(RFC_RESPONSE.toUpperCase(java.util.Locale.ROOT)).verify(md5Challenge(), "GET"));
    }

    @Test
    void md5RejectsAnythingElse() {
        Challenge c = md5Challenge();
        assertFalse(rfcAnswer(RFC_RESPONSE).verify(c, "REGISTER"), "other method");
        assertFalse(rfcAnswer("6629fae49393a05397450978507c4ef2").verify(c, "GET"), "one digit off");
        assertFalse(rfcAnswer(null).verify(c, "GET"), "no response");
        assertFalse(new DigestAnswer(USER, REALM, NONCE, URI, RFC_RESPONSE, "auth", "00000002", CNONCE).verify(c, "GET"),
                "other nc");
        assertFalse(new DigestAnswer(USER, REALM, NONCE, URI, RFC_RESPONSE, "auth", "00000001", "0a4f113c").verify(c,
                "GET"), "other cnonce");
        assertFalse(new DigestAnswer(USER, REALM, NONCE, "/dir/other.html", RFC_RESPONSE, "auth", "00000001", CNONCE)
                .verify(c, "GET"), "other uri");
    }

    @Test
    void md5WithoutQopUsesTheRfc2069Form() {
        Challenge c = md5Challenge();
        String ha1 = DigestMd5.ha1(USER, REALM, "Circle Of Life");
        String response = DigestMd5.response(ha1, NONCE, DigestMd5.ha2("GET", URI));
        assertEquals("670fd8c2df070c60b045671b8b24ff02", response);

        assertTrue(new DigestAnswer(USER, REALM, NONCE, URI, response, null, null, null).verify(c, "GET"));
        assertFalse(new DigestAnswer(USER, REALM, NONCE, URI, RFC_RESPONSE, null, null, null).verify(c, "GET"));
    }

    @Test
    void akaUsesXresBytesAsThePassword() {
        AuthenticationVector v = new AkaVectorGenerator(K, OPC).generate(SQN, AMF, RAND);
        assertEquals("a54211d5e3ba50bf", Hex.format(v.xres()));
        String nonce = Base64.getEncoder().encodeToString(v.sipAuthenticate());
        assertEquals("I1U8vpY3qJ0hiuZNrke/NVXzKLQ1d7m5Sp/6w1Tfr7M=", nonce);
        Challenge c = new Challenge(IMPI, "sip:alice@domain1.test", AuthScheme.AKA, IMS_REALM, nonce, v.xres(), v.rand(),
                0);

        String ha1 = DigestMd5.ha1(IMPI, IMS_REALM, v.xres());
        String expected = DigestMd5.response(ha1, nonce, "00000001", CNONCE, "auth",
                DigestMd5.ha2("REGISTER", REGISTRAR));
        // computed independently (MD5 over the raw XRES bytes)
        assertEquals("6dab536a1d4913604271587414d7e86b", expected);

        DigestAnswer a = new DigestAnswer(IMPI, IMS_REALM, nonce, REGISTRAR, expected, "auth", "00000001", CNONCE);
        assertTrue(a.verify(c, "REGISTER"));
        assertFalse(a.verify(c, "INVITE"));
    }

    @Test
    void akaRejectsAResponseMadeWithXresAsHexText() {
        AuthenticationVector v = new AkaVectorGenerator(K, OPC).generate(SQN, AMF, RAND);
        String nonce = Base64.getEncoder().encodeToString(v.sipAuthenticate());
        Challenge c = new Challenge(IMPI, "sip:alice@domain1.test", AuthScheme.AKA, IMS_REALM, nonce, v.xres(), v.rand(),
                0);
        String wrongHa1 = DigestMd5.ha1(IMPI, IMS_REALM, "a54211d5e3ba50bf");
        String wrong = DigestMd5.response(wrongHa1, nonce, "00000001", CNONCE, "auth",
                DigestMd5.ha2("REGISTER", REGISTRAR));

        assertFalse(new DigestAnswer(IMPI, IMS_REALM, nonce, REGISTRAR, wrong, "auth", "00000001", CNONCE)
                .verify(c, "REGISTER"));
    }

    @Test
    void ncValueIsTheHexCount() {
        assertEquals(1, rfcAnswer(RFC_RESPONSE).ncValue());
        assertEquals(0x1a, new DigestAnswer(USER, REALM, NONCE, URI, "", "auth", "0000001a", CNONCE).ncValue());
        assertEquals(0, new DigestAnswer(USER, REALM, NONCE, URI, "", null, null, null).ncValue());
    }

    @Test
    void ncValueOfNonHexIsZeroAsDocumented() {
        assertEquals(0, new DigestAnswer(USER, REALM, NONCE, URI, "", "auth", "0000000g", CNONCE).ncValue());
    }
}
