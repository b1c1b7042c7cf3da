package org.imstb.hss.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imstb.hss.model.RegistrationRecord;
import org.imstb.hss.model.RegistrationState;
import org.junit.jupiter.api.Test;

class RegistrationTest extends DemoStoreTest {
    static final String ALICE = "sip:alice@domain1.test";
    static final String ALICE_TEL = "tel:+15551001";
    static final String IMPI = "alice@domain1.test";
    @Test
    void unknownRegistrationIsNotRegistered() {
        assertEquals(RegistrationRecord.notRegistered(ALICE), store.registration(ALICE));
    }

    @Test
    void registerUnregisterAndKeepScscf() {
        store.updateRegistration(List.of(ALICE, ALICE_TEL), RegistrationState.REGISTERED, Fixtures.SCSCF, IMPI);
        assertEquals(new RegistrationRecord(ALICE_TEL, RegistrationState.REGISTERED, Fixtures.SCSCF, IMPI),
                store.registration("tel:+1-555-1001"));
        assertEquals(List.of(ALICE, ALICE_TEL), store.registeredPublicIdentities(Fixtures.SCSCF));
        assertEquals(2, store.registrationsOf(IMPI).size());

        store.updateRegistration(List.of(ALICE, ALICE_TEL), RegistrationState.NOT_REGISTERED, Fixtures.SCSCF, null);
        assertEquals(new RegistrationRecord(ALICE, RegistrationState.NOT_REGISTERED, Fixtures.SCSCF, null),
                store.registration(ALICE), "S-CSCF name kept");
        assertTrue(store.registeredPublicIdentities(Fixtures.SCSCF).isEmpty());

        store.updateRegistration(List.of(ALICE, ALICE_TEL), RegistrationState.NOT_REGISTERED, null, null);
        assertEquals(RegistrationRecord.notRegistered(ALICE), store.registration(ALICE));
        assertTrue(store.registrationsOf(IMPI).isEmpty());
    }

    @Test
    void unregisteredWithServicesCountsAsAssigned() {
        store.updateRegistration(List.of("sip:bob@domain1.test"), RegistrationState.UNREGISTERED, Fixtures.SCSCF,
                null);
        assertEquals(List.of("sip:bob@domain1.test"), store.registeredPublicIdentities(Fixtures.SCSCF));
        assertEquals(RegistrationState.UNREGISTERED, store.registration("sip:bob@domain1.test").state());
    }

    @Test
    void removingASubscriptionDropsItsRegistrations() {
        store.updateRegistration(List.of(ALICE), RegistrationState.REGISTERED, Fixtures.SCSCF, IMPI);
        assertTrue(store.removeSubscription("alice"));
        assertEquals(RegistrationRecord.notRegistered(ALICE), store.registration(ALICE));
        assertTrue(store.findPublic(ALICE).isEmpty());
        assertTrue(store.findPrivate(IMPI).isEmpty());
        assertEquals(2, store.count());
        assertTrue(!store.removeSubscription("alice"));
    }
}
