package org.imstb.icscf.thig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TokenCipherTest {
    private final byte[] key = TokenCipher.randomKey();
    private final TokenCipher cipher = new TokenCipher(key, "icscf.domain1.test");

    @Test
    void sealedValuesOpenAgainAndLookRandom() {
        List<String> entries = List.of("<sip:mo@scscf.domain1.test:5060;lr>", "<sip:orig@pcscf.domain1.test:5060;lr>");
        String token = cipher.seal(entries);
        assertTrue(token.matches("[A-Za-z0-9_-]+"), "fits a SIP user part: " + token);
        assertTrue(!token.contains("domain1"));
        assertEquals(entries, cipher.open(token).orElseThrow());
        assertNotEquals(token, cipher.seal(entries), "a fresh IV each time");
        assertEquals(List.of(), cipher.open(cipher.seal(List.of())).orElseThrow());
    }

    @Test
    void alteredForeignOrGarbageTokensDoNotOpen() {
        String token = cipher.seal(List.of("<sip:mo@scscf.domain1.test;lr>"));
        char c = token.charAt(20);
        String altered = token.substring(0, 20) + (c == 'A' ? 'B' : 'A') + token.substring(21);
        assertTrue(cipher.open(altered).isEmpty());
        assertTrue(new TokenCipher(key, "icscf.domain2.test").open(token).isEmpty(), "bound to the node");
        assertTrue(new TokenCipher(TokenCipher.randomKey(), "icscf.domain1.test").open(token).isEmpty());
        assertTrue(cipher.open("thig").isEmpty());
        assertTrue(cipher.open("not base64!").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new TokenCipher(new byte[10], "x"));
    }
}
