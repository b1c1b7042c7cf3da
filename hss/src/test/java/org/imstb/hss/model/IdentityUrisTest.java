package org.imstb.hss.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IdentityUrisTest {

    @Test
    void acceptsSipSipsAndTelUris() {
        assertNull(IdentityUris.checkPublic("sip:alice@domain1.test"));
        assertNull(IdentityUris.checkPublic("sips:alice@domain1.test:5061;transport=tls"));
        assertNull(IdentityUris.checkPublic("sip:conference.domain1.test"));
        assertNull(IdentityUris.checkPublic("sip:alice@[2001:db8::1]"));
        assertNull(IdentityUris.checkPublic("tel:+1-555-1001"));
        assertNull(IdentityUris.checkPublic("tel:1001;phone-context=domain1.test"));
    }

    @Test
    void rejectsOtherText() {
        assertNotNull(IdentityUris.checkPublic("alice@domain1.test"));
        assertNotNull(IdentityUris.checkPublic("http://domain1.test"));
        assertNotNull(IdentityUris.checkPublic("sip:"));
        assertNotNull(IdentityUris.checkPublic("tel:"));
        assertNotNull(IdentityUris.checkPublic("sip:alice@domain1.test x"));
        assertNotNull(IdentityUris.checkPublic(""));
    }

    @Test
    void privateIdentitiesAreNais() {
        assertNull(IdentityUris.checkPrivate("alice@domain1.test"));
        assertNotNull(IdentityUris.checkPrivate("sip:alice@domain1.test@x"));
        assertNotNull(IdentityUris.checkPrivate("alice"));
    }

    @Test
    void keyLowercasesSchemeAndHostAndDropsParameters() {
        assertEquals("sip:Alice@domain1.test", IdentityUris.key("SIP:Alice@DOMAIN1.test;user=phone"));
        assertEquals("sip:alice@domain1.test:5060", IdentityUris.key(" sip:alice@Domain1.Test:5060?subject=x "));
        assertEquals("tel:+15551001", IdentityUris.key("TEL:+1-555-(100)1;ext=2"));
        assertEquals("not a uri", IdentityUris.key(" not a uri "));
    }

    @Test
    void wildcardsNeedPairsOfExclamationMarksAndARegex() {
        assertNull(IdentityUris.checkWildcard("sip:chat-!.*!@domain1.test"));
        assertNull(IdentityUris.checkWildcard("tel:+1555!\\d{4}!"));
        assertNotNull(IdentityUris.checkWildcard("sip:chat-!.*@domain1.test"));
        assertNotNull(IdentityUris.checkWildcard("sip:chat@domain1.test"));
        assertNotNull(IdentityUris.checkWildcard("sip:chat-!(!@domain1.test"));
    }

    @Test
    void wildcardPatternMatchesTheVariablePartOnly() {
        Pattern p = IdentityUris.wildcardPattern("sip:chat-!.*!@domain1.test");
        assertTrue(p.matcher(IdentityUris.key("sip:chat-room1@DOMAIN1.test")).matches());
        assertTrue(p.matcher("sip:chat-@domain1.test").matches());
        assertFalse(p.matcher("sip:chat-room1@domain1xtest").matches(), "literal dots are quoted");
        assertFalse(p.matcher("sip:talk-room1@domain1.test").matches());
    }

    @Test
    void fastKeyAgreesWithTheFullGrammar() {
        String[] uris = {"sip:alice@domain1.test", "SIP:Alice@Domain1.TEST", "sip:alice@domain1.test:5060",
            "sip:alice@domain1.test;user=phone", "sip:alice@domain1.test:5060;transport=tcp;lr",
            "sip:alice@domain1.test?subject=x", "sip:a%20b@host", "sip:alice@-bad.test", "sip:alice@bad-.test",
            "sip:alice@host_x", "sip:alice@[fd00::1]", "sip:alice@host:123456", "sip:alice@host:", "sip:@host",
            "sip:host.test", "sip:alice@host;x=a@b", "sip:al ice@host", "sip:alice@host; x", "sips:Bob@Host",
            "sip:u1@domain1.test:6060;x=1?h=2", "sip:chat-!.*!@domain1.test", "sip:alice@höst", "sip:x@1.2.3.4"};
        for (String u : uris) {
            assertEquals(IdentityUris.keyByGrammar(u), IdentityUris.key(u), u);
        }
    }
}
