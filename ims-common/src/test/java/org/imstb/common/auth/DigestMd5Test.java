package org.imstb.common.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.imstb.common.util.Hex;
import org.junit.jupiter.api.Test;

/** Golden values: RFC 2617 §3.5, and values computed independently with Python's hashlib. */
class DigestMd5Test {

    @Test
    void rfc2617Example() {
        String ha1 = DigestMd5.ha1("Mufasa", "testrealm@host.com", "Circle Of Life");
        String ha2 = DigestMd5.ha2("GET", "/dir/index.html");
        assertEquals("939e7578ed9e3c518a452acee763bce9", ha1);
        assertEquals("39aff3a2bab6126f332b942af96d3366", ha2);
        assertEquals("6629fae49393a05397450978507c4ef1",
                DigestMd5.response(ha1, "dcd98b7102dd2f0e8b11d0f600bfb0c093", "00000001", "0a4f113b", "auth", ha2));
    }

    @Test
    void sipRegisterWithQopAuth() {
        String ha1 = DigestMd5.ha1("alice@domain1.imstb", "domain1.imstb", "alice-secret");
        String ha2 = DigestMd5.ha2("REGISTER", "sip:domain1.imstb");
        assertEquals("67ecfe2e879a51f6ae2306b3f2cf3374", ha1);
        assertEquals("8925165765a6ad8321d18362bca7501d", ha2);
        assertEquals("0f4b0349df6c5f91d811a32b53d92f97",
                DigestMd5.response(ha1, "ea9c8e88df84f1cec4341ae6cbe5a359", "00000001", "8f2a1c7d", "auth", ha2));
    }

    @Test
    void withoutQop() {
        String ha1 = DigestMd5.ha1("alice@domain1.imstb", "domain1.imstb", "alice-secret");
        String ha2 = DigestMd5.ha2("REGISTER", "sip:domain1.imstb");
        assertEquals("f5d7df1c07d99a7b59fc7c2651e30996",
                DigestMd5.response(ha1, "ea9c8e88df84f1cec4341ae6cbe5a359", ha2));
    }

    @Test
    void authInt() {
        assertEquals("40d9a6ea57eb15160521a6c6f154f6c8",
                DigestMd5.ha2AuthInt("INVITE", "sip:bob@domain2.imstb", "v=0\r\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void akaPasswordIsRawResBytes() {
        byte[] res = Hex.parse("a54211d5e3ba50bf"); // f2 of TS 35.208 test set 1, bytes >= 0x80 included
        assertEquals("b7421a35cdba7417b2fe195e24c6cb8c", DigestMd5.ha1("alice@domain1.imstb", "domain1.imstb", res));
    }

    @Test
    void matchesIgnoresHexCase() {
        assertTrue(DigestMd5.matches("6629fae49393a05397450978507c4ef1", "6629FAE49393A05397450978507C4EF1"));
        assertFalse(DigestMd5.matches("6629fae49393a05397450978507c4ef1", "6629fae49393a05397450978507c4ef0"));
        assertFalse(DigestMd5.matches("6629fae49393a05397450978507c4ef1", null));
    }
}
