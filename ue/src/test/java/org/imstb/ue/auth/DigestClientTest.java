package org.imstb.ue.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;

import org.imstb.common.aka.AkaVectorGenerator;
import org.imstb.common.aka.AuthenticationVector;
import org.imstb.common.aka.Resynchronisation;
import org.imstb.common.auth.DigestMd5;
import org.imstb.common.util.Hex;
import org.imstb.ue.Credentials;
import org.junit.jupiter.api.Test;

/** The UE side of MD5 digest (RFC 2617) and Digest-AKAv1-MD5 (RFC 3310). */
class DigestClientTest {
    private static final String IMPI = "alice@domain1.test";
    private static final String REALM = "domain1.test";
    private static final String URI = "sip:domain1.test";
    private static final String REGISTER = "REGISTER";

    // TS 35.208 test set 1
    private static final String K = "465b5ce8b199b49faa5f0a2ee238a6bc";
    private static final String OPC = "cd63cb71954a9f4e48a5994e37a02baf";
    private static final byte[] RAND = Hex.parse("23553cbe9637a89d218ae64dae47bf35");
    private static final String XRES = "a54211d5e3ba50bf";
    private static final byte[] AMF = Hex.parse("8000");
    private static final AkaVectorGenerator HSS = new AkaVectorGenerator(Hex.parse(K), Hex.parse(OPC));

    private static DigestClient.Answer answered(DigestClient.Outcome o) {
        return assertInstanceOf(DigestClient.Answered.class, o).answer();
    }

    private static String akaNonce(long networkSqn) {
        return Base64.getEncoder().encodeToString(HSS.generate(networkSqn, AMF, RAND).sipAuthenticate());
    }

    private static String expected(String password, String nonce, String nc, String cnonce) {
        return DigestMd5.response(DigestMd5.ha1(IMPI, REALM, password), nonce, nc, cnonce, "auth",
                DigestMd5.ha2(REGISTER, URI));
    }

    private static String expected(byte[] password, String nonce, String nc, String cnonce) {
        return DigestMd5.response(DigestMd5.ha1(IMPI, REALM, password), nonce, nc, cnonce, "auth",
                DigestMd5.ha2(REGISTER, URI));
    }

    @Test
    void md5AnswerMatchesTheDigestComputation() {
        DigestClient client = new DigestClient(IMPI, Credentials.password("secret"));

        DigestClient.Answer a = answered(client.answer(new DigestClient.Challenge(REALM, "bm9uY2U=", "MD5", "auth"),
                REGISTER, URI));

        assertEquals(IMPI, a.username());
        assertEquals(REALM, a.realm());
        assertEquals("bm9uY2U=", a.nonce());
        assertEquals(URI, a.uri());
        assertEquals("MD5", a.algorithm());
        assertEquals("auth", a.qop());
        assertEquals("00000001", a.nc());
        assertTrue(a.cnonce().matches("[0-9a-f]{16}"), a.cnonce());
        assertNull(a.auts());
        assertEquals(expected("secret", "bm9uY2U=", "00000001", a.cnonce()), a.response());
        assertTrue(client.hasChallenge());
    }

    @Test
    void md5WithoutQopUsesTheRfc2069Form() {
        DigestClient client = new DigestClient(IMPI, Credentials.password("secret"));

        DigestClient.Answer a = answered(client.answer(new DigestClient.Challenge(REALM, "abc", null, null),
                REGISTER, URI));

        assertNull(a.qop());
        assertNull(a.nc());
        assertNull(a.cnonce());
        assertEquals(DigestMd5.response(DigestMd5.ha1(IMPI, REALM, "secret"), "abc", DigestMd5.ha2(REGISTER, URI)),
                a.response());
    }

    @Test
    void authIsChosenFromAQopList() {
        DigestClient client = new DigestClient(IMPI, Credentials.password("secret"));
        DigestClient.Answer a = answered(client.answer(new DigestClient.Challenge(REALM, "abc", "MD5",
                "auth,auth-int"), REGISTER, URI));
        assertEquals("auth", a.qop());
        assertEquals(expected("secret", "abc", "00000001", a.cnonce()), a.response());
    }

    @Test
    void akaWithTheNetworkAheadAnswersWithRes() {
        Credentials usim = Credentials.aka(K, OPC, 0x100);
        DigestClient client = new DigestClient(IMPI, usim);
        String nonce = akaNonce(0x120);

        DigestClient.Answer a = answered(client.answer(new DigestClient.Challenge(REALM, nonce, "AKAv1-MD5", "auth"),
                REGISTER, URI));

        assertNull(a.auts());
        assertEquals("AKAv1-MD5", a.algorithm());
        assertEquals(nonce, a.nonce());
        assertEquals("00000001", a.nc());
        assertEquals(expected(Hex.parse(XRES), nonce, "00000001", a.cnonce()), a.response());
        assertNotEquals(expected(XRES, nonce, "00000001", a.cnonce()), a.response(), "RES as bytes, not as hex text");
        assertEquals(0x120, usim.usim().sqnMs(), "the USIM accepted the network's SQN");
        assertTrue(client.hasChallenge());
    }

    @Test
    void akaWithTheUsimAheadAsksForResynchronisation() {
        Credentials usim = Credentials.aka(K, OPC, 0x200);
        DigestClient client = new DigestClient(IMPI, usim);
        String nonce = akaNonce(0x120);

        DigestClient.Answer a = answered(client.answer(new DigestClient.Challenge(REALM, nonce, "AKAv1-MD5", "auth"),
                REGISTER, URI));

        byte[] auts = Base64.getDecoder().decode(a.auts());
        assertEquals(14, auts.length);
        // the network recovers the USIM's SQN from AUTS
        assertEquals(new Resynchronisation.Recovered(0x200), new Resynchronisation(Hex.parse(K), Hex.parse(OPC))
                .verify(RAND, auts));
        // RFC 3310 §3.3: the response is computed with an empty password
        assertEquals(expected(new byte[0], nonce, "00000001", a.cnonce()), a.response());
        assertEquals(0x200, usim.usim().sqnMs());
        assertFalse(client.hasChallenge(), "no RES to reuse");
    }

    @Test
    void aCorruptedAutnIsRejected() {
        DigestClient client = new DigestClient(IMPI, Credentials.aka(K, OPC, 0x100));
        AuthenticationVector v = HSS.generate(0x120, AMF, RAND);
        byte[] nonce = v.sipAuthenticate();
        nonce[31] ^= 0x01; // last byte of MAC-A

        DigestClient.Outcome o = client.answer(new DigestClient.Challenge(REALM,
                Base64.getEncoder().encodeToString(nonce), "AKAv1-MD5", "auth"), REGISTER, URI);

        DigestClient.Rejected r = assertInstanceOf(DigestClient.Rejected.class, o);
        assertTrue(r.why().contains("MAC"), r.why());
        assertFalse(client.hasChallenge());
    }

    @Test
    void anAkaNonceThatIsNotRandAndAutnIsRejected() {
        DigestClient client = new DigestClient(IMPI, Credentials.aka(K, OPC, 0x100));
        assertInstanceOf(DigestClient.Rejected.class, client.answer(new DigestClient.Challenge(REALM, "not base64!",
                "AKAv1-MD5", "auth"), REGISTER, URI));
        assertInstanceOf(DigestClient.Rejected.class, client.answer(new DigestClient.Challenge(REALM,
                Base64.getEncoder().encodeToString(new byte[31]), "AKAv1-MD5", "auth"), REGISTER, URI));
    }

    @Test
    void anAlgorithmThatDoesNotMatchTheCredentialsIsRejected() {
        DigestClient aka = new DigestClient(IMPI, Credentials.aka(K, OPC, 0x100));
        assertInstanceOf(DigestClient.Rejected.class, aka.answer(new DigestClient.Challenge(REALM, "abc", "MD5",
                "auth"), REGISTER, URI));
        assertInstanceOf(DigestClient.Rejected.class, aka.answer(new DigestClient.Challenge(REALM, "abc", null,
                "auth"), REGISTER, URI));

        DigestClient md5 = new DigestClient(IMPI, Credentials.password("secret"));
        DigestClient.Rejected r = assertInstanceOf(DigestClient.Rejected.class, md5.answer(new DigestClient.Challenge(
                REALM, akaNonce(0x120), "AKAv1-MD5", "auth"), REGISTER, URI));
        assertTrue(r.why().contains("AKAv1-MD5"), r.why());
    }

    @Test
    void againIncrementsTheNonceCountAndKeepsTheCnonce() {
        DigestClient client = new DigestClient(IMPI, Credentials.password("secret"));
        DigestClient.Answer first = answered(client.answer(new DigestClient.Challenge(REALM, "abc", "MD5", "auth"),
                REGISTER, URI));

        DigestClient.Answer second = client.again(REGISTER, URI);
        DigestClient.Answer third = client.again(REGISTER, URI);

        assertEquals("00000002", second.nc());
        assertEquals(first.cnonce(), second.cnonce());
        assertEquals("abc", second.nonce());
        assertEquals(expected("secret", "abc", "00000002", first.cnonce()), second.response());
        assertNotEquals(first.response(), second.response());
        assertEquals("00000003", third.nc());
    }

    @Test
    void againOnAkaReusesRes() {
        DigestClient client = new DigestClient(IMPI, Credentials.aka(K, OPC, 0x100));
        String nonce = akaNonce(0x120);
        DigestClient.Answer first = answered(client.answer(new DigestClient.Challenge(REALM, nonce, "AKAv1-MD5",
                "auth"), REGISTER, URI));

        DigestClient.Answer second = client.again(REGISTER, URI);

        assertEquals("00000002", second.nc());
        assertEquals(first.cnonce(), second.cnonce());
        assertEquals(expected(Hex.parse(XRES), nonce, "00000002", first.cnonce()), second.response());
    }

    @Test
    void aNewChallengeRestartsTheCount() {
        DigestClient client = new DigestClient(IMPI, Credentials.password("secret"));
        DigestClient.Answer first = answered(client.answer(new DigestClient.Challenge(REALM, "abc", "MD5", "auth"),
                REGISTER, URI));
        client.again(REGISTER, URI);

        DigestClient.Answer fresh = answered(client.answer(new DigestClient.Challenge(REALM, "def", "MD5", "auth"),
                REGISTER, URI));

        assertEquals("00000001", fresh.nc());
        assertEquals("def", fresh.nonce());
        assertNotEquals(first.cnonce(), fresh.cnonce());
    }

    @Test
    void againWithoutAChallengeIsNull() {
        DigestClient client = new DigestClient(IMPI, Credentials.password("secret"));
        assertNull(client.again(REGISTER, URI));
        assertFalse(client.hasChallenge());
    }

    @Test
    void aRejectedChallengeIsNotKept() {
        DigestClient md5 = new DigestClient(IMPI, Credentials.password("secret"));
        assertInstanceOf(DigestClient.Rejected.class, md5.answer(new DigestClient.Challenge(REALM, akaNonce(0x120),
                "AKAv1-MD5", "auth"), REGISTER, URI));

        assertFalse(md5.hasChallenge());
        assertNull(md5.again(REGISTER, URI));
    }

    @Test
    void againAfterAResynchronisationHasNoAnswer() {
        DigestClient client = new DigestClient(IMPI, Credentials.aka(K, OPC, 0x200));
        answered(client.answer(new DigestClient.Challenge(REALM, akaNonce(0x120), "AKAv1-MD5", "auth"), REGISTER,
                URI));

        assertNull(client.again(REGISTER, URI));
    }
}
