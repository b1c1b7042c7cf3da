package org.imstb.common.sip.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import javax.sip.message.Request;

import gov.nist.javax.sip.message.MessageFactoryImpl;

import org.junit.jupiter.api.Test;

/** RFC 3325 §5 / RFC 3323: P-Asserted-Identity at the edges of the trust domain. */
class PrivacyTest {
    private static Request invite(String privacy) throws Exception {
        String text = "INVITE sip:carol@domain2.test SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP scscf.domain2.test;branch=z9hG4bK1\r\n"
                + "From: <sip:alice@domain1.test>;tag=1\r\nTo: <sip:carol@domain2.test>\r\n"
                + "Call-ID: c1\r\nCSeq: 1 INVITE\r\nMax-Forwards: 70\r\n"
                + "P-Asserted-Identity: <sip:alice@domain1.test>\r\n"
                + (privacy == null ? "" : "Privacy: " + privacy + "\r\n")
                + "Content-Length: 0\r\n\r\n";
        return new MessageFactoryImpl().createRequest(text);
    }

    @Test
    void privacyValuesAreRead() throws Exception {
        assertEquals(Set.of("id", "critical"), Privacy.values(invite("id;critical")));
        assertTrue(Privacy.withholdsIdentity(invite("id")));
        assertTrue(Privacy.withholdsIdentity(invite("header")));
        assertFalse(Privacy.withholdsIdentity(invite("user")));
        assertFalse(Privacy.withholdsIdentity(invite("none")));
        assertFalse(Privacy.withholdsIdentity(invite(null)));
    }

    @Test
    void identityWithheldOnlyWhenLeavingTheTrustDomainWithPrivacy() throws Exception {
        Request inside = invite("id");
        Privacy.sending(inside, true);
        assertNotNull(inside.getHeader("P-Asserted-Identity"), "kept inside the trust domain");
        Request out = invite("id");
        Privacy.sending(out, false);
        assertNull(out.getHeader("P-Asserted-Identity"));
        assertNotNull(out.getHeader("Privacy"), "the receiver learns the identity was withheld");
        Request open = invite(null);
        Privacy.sending(open, false);
        assertNotNull(open.getHeader("P-Asserted-Identity"), "no privacy asked");
    }

    @Test
    void anUntrustedAssertionIsDropped() throws Exception {
        Request r = invite(null);
        Privacy.received(r, true);
        assertNotNull(r.getHeader("P-Asserted-Identity"));
        Privacy.received(r, false);
        assertNull(r.getHeader("P-Asserted-Identity"));
    }
}
