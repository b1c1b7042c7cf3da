package org.imstb.scscf.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The location service: one registration per implicit set, reached by any of its identities. */
class RegistrarTest {
    private static final String ALICE = "sip:alice@domain1.test";
    private static final String ALICE_TEL = "tel:+15551001";
    private static final String BOB = "sip:bob@domain1.test";

    private final Registrar registrar = new Registrar();

    private static Registration active(String impi, List<String> set) throws OutOfOrderException {
        Registration r = new Registration(impi, set, null);
        r.update(List.of(new ContactRequest("sip:ue@[2001:db8::1]", "<sip:ue@[2001:db8::1]>", 600)), List.of(),
                "call", 1, 0);
        return r;
    }

    @Test
    void everyIdentityOfTheSetMapsToTheSameRegistration() throws Exception {
        Registration r = active("alice@domain1.test", List.of(ALICE, ALICE_TEL));
        registrar.put(r);

        assertSame(r, registrar.find(ALICE).orElseThrow());
        assertSame(r, registrar.find(ALICE_TEL).orElseThrow());
        assertTrue(registrar.find(BOB).isEmpty());
        assertEquals(List.of(r), List.copyOf(registrar.all()));
        assertEquals(1, registrar.activeCount());
    }

    @Test
    void schemeAndHostAreCaseInsensitiveAndBlanksIgnored() throws Exception {
        Registration r = active("alice@domain1.test", List.of(ALICE));
        registrar.put(r);

        assertSame(r, registrar.find("SIP:alice@DOMAIN1.TEST").orElseThrow());
        assertSame(r, registrar.find("  sip:alice@domain1.test ").orElseThrow());
        assertEquals("sip:alice@domain1.test", Registrar.key(" SIP:alice@Domain1.Test "));
    }

    @Test
    void userPartIsCaseSensitive() throws Exception {
        registrar.put(active("alice@domain1.test", List.of("sip:Alice@domain1.test")));

        assertTrue(registrar.find("sip:alice@domain1.test").isEmpty());
        assertEquals("sip:Alice@domain1.test", Registrar.key("SIP:Alice@DOMAIN1.TEST"));
    }

    @Test
    void aTerminatedRegistrationIsNotFound() throws Exception {
        Registration r = active("alice@domain1.test", List.of(ALICE, ALICE_TEL));
        registrar.put(r);
        r.terminate(BindingEvent.DEACTIVATED);

        assertTrue(registrar.find(ALICE).isEmpty());
        assertTrue(registrar.find(ALICE_TEL).isEmpty());
        assertEquals(0, registrar.activeCount());
        // still installed until removed
        assertEquals(1, registrar.all().size());
        registrar.remove(r);
        assertTrue(registrar.all().isEmpty());
    }

    @Test
    void anInitRegistrationIsFoundButNotCountedActive() {
        Registration r = new Registration("alice@domain1.test", List.of(ALICE), null);
        registrar.put(r);

        assertSame(r, registrar.find(ALICE).orElseThrow());
        assertEquals(0, registrar.activeCount());
    }

    @Test
    void removeOnlyRemovesTheInstalledRegistration() throws Exception {
        Registration old = active("alice@domain1.test", List.of(ALICE, ALICE_TEL));
        registrar.put(old);
        Registration fresh = active("alice@domain1.test", List.of(ALICE, ALICE_TEL));
        registrar.put(fresh);

        registrar.remove(old);

        assertSame(fresh, registrar.find(ALICE).orElseThrow());
        assertSame(fresh, registrar.find(ALICE_TEL).orElseThrow());
        assertEquals(1, registrar.all().size());

        registrar.remove(fresh);
        assertTrue(registrar.find(ALICE).isEmpty());
        assertTrue(registrar.find(ALICE_TEL).isEmpty());
        assertTrue(registrar.all().isEmpty());
    }

    @Test
    void removeLeavesIdentitiesTakenOverByAnotherSet() throws Exception {
        Registration old = active("alice@domain1.test", List.of(ALICE, ALICE_TEL));
        registrar.put(old);
        Registration narrower = active("alice@domain1.test", List.of(ALICE));
        registrar.put(narrower);

        registrar.remove(old);

        assertSame(narrower, registrar.find(ALICE).orElseThrow());
        assertTrue(registrar.find(ALICE_TEL).isEmpty());
    }

    @Test
    void ofPrivateFindsTheRegistrationsOfOneImpiIgnoringCase() throws Exception {
        Registration alice = active("alice@domain1.test", List.of(ALICE, ALICE_TEL));
        Registration bob = active("bob@domain1.test", List.of(BOB));
        registrar.put(alice);
        registrar.put(bob);

        assertEquals(List.of(alice), registrar.ofPrivate("ALICE@domain1.test"));
        assertEquals(List.of(bob), registrar.ofPrivate("bob@domain1.test"));
        assertTrue(registrar.ofPrivate("carol@domain1.test").isEmpty());
        assertEquals(2, registrar.all().size());
        assertEquals(2, registrar.activeCount());
    }

    @Test
    void dueHandsOutEachExpiredRegistrationOnceAtItsTime() throws Exception {
        Registration longer = active("alice@domain1.test", List.of(ALICE));
        Registration shorter = new Registration("bob@domain1.test", List.of(BOB), null);
        shorter.update(List.of(new ContactRequest("sip:ue@[2001:db8::2]", "<sip:ue@[2001:db8::2]>", 60)), List.of(),
                "call", 1, 0);
        registrar.put(longer);
        registrar.put(shorter);
        registrar.schedule(longer);
        registrar.schedule(shorter);

        assertTrue(registrar.due(59_999).isEmpty());
        assertEquals(List.of(shorter), registrar.due(60_000));
        assertTrue(registrar.due(60_000).isEmpty(), "a note is handed out once");
        assertEquals(List.of(longer), registrar.due(600_000));
    }

    @Test
    void aRefreshedRegistrationIsDueAtItsNewTimeNotItsOldOne() throws Exception {
        Registration r = active("alice@domain1.test", List.of(ALICE));
        registrar.put(r);
        registrar.schedule(r);
        r.update(List.of(new ContactRequest("sip:ue@[2001:db8::1]", "<sip:ue@[2001:db8::1]>", 600)), List.of(),
                "call", 2, 500_000);

        assertTrue(registrar.due(600_000).isEmpty());
        assertTrue(registrar.due(1_099_999).isEmpty());
        assertEquals(List.of(r), registrar.due(1_100_000));
    }

    @Test
    void removedOrTerminatedRegistrationsAreNeverDue() throws Exception {
        Registration removed = active("alice@domain1.test", List.of(ALICE));
        Registration terminated = active("bob@domain1.test", List.of(BOB));
        registrar.put(removed);
        registrar.put(terminated);
        registrar.schedule(removed);
        registrar.schedule(terminated);
        registrar.remove(removed);
        terminated.terminate(BindingEvent.DEACTIVATED);

        assertTrue(registrar.due(Long.MAX_VALUE - 1).isEmpty());
    }
}
