package org.imstb.icscf.routing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Whether a REGISTER is a de-registration, which picks the UAR type (TS 29.228 §6.1.1, TS 24.229 §5.3.1.2). */
class RegisterRouterDeregistersTest {

    private static boolean deregisters(String name) throws Exception {
        return RegisterRouter.deregisters(SipText.request(name));
    }

    @Test
    void contactExpiresZeroDeregisters() throws Exception {
        assertTrue(deregisters("contact-expires-0.sip"));
    }

    @Test
    void expiresHeaderZeroDeregistersContactsWithoutTheirOwn() throws Exception {
        assertTrue(deregisters("expires-header-0.sip"));
    }

    @Test
    void wildcardWithExpiresZeroDeregisters() throws Exception {
        assertTrue(deregisters("wildcard.sip"));
    }

    @Test
    void contactExpiresZeroWinsOverAnExpiresHeader() throws Exception {
        assertTrue(deregisters("contact-0-header-600.sip"));
    }

    @Test
    void aContactParameterAboveZeroWinsOverExpiresHeaderZero() throws Exception {
        assertFalse(deregisters("contact-600-header-0.sip"));
    }

    @Test
    void oneContactStayingMakesItARegistration() throws Exception {
        assertFalse(deregisters("mixed-contacts.sip"));
    }

    @Test
    void aRegistrationOrAQueryIsNotADeregistration() throws Exception {
        assertFalse(deregisters("initial.sip"), "no expires at all");
        assertFalse(deregisters("query.sip"), "no Contact");
    }
}
