package org.imstb.pcscf.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What the P-CSCF keeps per registered contact. */
class UeRegistrationTest {
    private final UeRegistration alice = new UeRegistration("sip:alice@[2001:db8:1::10]:5062",
            "2001:db8:1:0:0:0:0:10:5062", List.of("sip:alice@domain1.test", "tel:+15551001"),
            List.of("<sip:orig@scscf.domain1.test:6060;lr>"), 600_000);

    @Test
    void defaultIdentityIsTheFirstAssociatedUri() {
        assertEquals("sip:alice@domain1.test", alice.defaultIdentity());
        UeRegistration telFirst = new UeRegistration("sip:a@[::1]", "0:0:0:0:0:0:0:1:5060",
                List.of("tel:+15551001", "sip:alice@domain1.test"), List.of(), 1);
        assertEquals("tel:+15551001", telFirst.defaultIdentity());
    }

    @Test
    void ownsIgnoresCase() {
        assertTrue(alice.owns("sip:alice@domain1.test"));
        assertTrue(alice.owns("SIP:ALICE@DOMAIN1.TEST"));
        assertTrue(alice.owns("TEL:+15551001"));
        assertFalse(alice.owns("sip:bob@domain1.test"));
        assertFalse(alice.owns("sip:alice@domain2.test"));
    }

    @Test
    void listsAreCopied() {
        List<String> ids = new ArrayList<>(List.of("sip:carol@domain1.test"));
        UeRegistration carol = new UeRegistration("sip:carol@[::1]", "0:0:0:0:0:0:0:1:5060", ids, List.of(), 1);
        ids.set(0, "sip:mallory@domain1.test");

        assertEquals(List.of("sip:carol@domain1.test"), carol.identities());
        assertFalse(carol.owns("sip:mallory@domain1.test"));
    }
}
