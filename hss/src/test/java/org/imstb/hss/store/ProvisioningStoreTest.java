package org.imstb.hss.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imstb.hss.model.ApplicationServer;
import org.imstb.hss.model.DefaultHandling;
import org.imstb.hss.model.InitialFilterCriteria;
import org.imstb.hss.model.PrivateIdentity;
import org.imstb.hss.model.ProvisioningSet;
import org.imstb.hss.model.PublicIdentity;
import org.imstb.hss.model.RegistrationState;
import org.imstb.hss.model.ServiceProfile;
import org.imstb.hss.model.Subscription;
import org.junit.jupiter.api.Test;

class ProvisioningStoreTest extends DemoStoreTest {
    static Subscription carol(String impi, String impu) {
        return new Subscription("carol", List.of(new PrivateIdentity(impi, Fixtures.aka(0), null, List.of(impu))),
                List.of(PublicIdentity.user(impu, null)));
    }

    @Test
    void duplicatesAreRejectedByName() {
        ConflictException e = assertThrows(ConflictException.class,
                () -> store.add(carol("alice@domain1.test", "sip:carol@domain1.test")));
        assertEquals("private identity alice@domain1.test already belongs to subscription 'alice'", e.getMessage());
        e = assertThrows(ConflictException.class,
                () -> store.add(carol("carol@domain1.test", "sip:alice@DOMAIN1.test")));
        assertEquals("public identity sip:alice@DOMAIN1.test already belongs to subscription 'alice'", e.getMessage());
        e = assertThrows(ConflictException.class, () -> store.add(Fixtures.bob()));
        assertEquals("subscription 'bob' already exists", e.getMessage());
        assertTrue(store.findPrivate("carol@domain1.test").isEmpty());
        assertEquals(3, store.count());
    }

    @Test
    void unknownProfileIsRejected() {
        Subscription s = new Subscription("carol", List.of(new PrivateIdentity("carol@domain1.test", Fixtures.aka(0),
                null, List.of())), List.of(PublicIdentity.user("sip:carol@domain1.test", "gold")));
        ConflictException e = assertThrows(ConflictException.class, () -> store.add(s));
        assertTrue(e.getMessage().contains("service profile 'gold'"), e.getMessage());
        assertTrue(store.subscription("carol").isEmpty());
    }

    @Test
    void malformedIdentityIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> store.add(carol("carol@domain1.test", "carol")));
        assertEquals(3, store.count());
    }

    @Test
    void profileNeedsItsApplicationServer() {
        ServiceProfile p = new ServiceProfile("other", List.of(InitialFilterCriteria.parse(
                Fixtures.IFC.replace(Fixtures.AS_URI, "sip:other.domain1.test"))), List.of(), null);
        ConflictException e = assertThrows(ConflictException.class, () -> store.addServiceProfile(p));
        assertTrue(e.getMessage().contains("sip:other.domain1.test"), e.getMessage());
        assertThrows(ConflictException.class, () -> store.addApplicationServer(new ApplicationServer("as2",
                Fixtures.AS_URI, DefaultHandling.SESSION_CONTINUED, null, false, false)));
    }

    @Test
    void applyIsAllOrNothing() {
        ProvisioningSet set = new ProvisioningSet(List.of(), List.of(), List.of(),
                List.of(carol("carol@domain1.test", "sip:carol@domain1.test"),
                        new Subscription("dave", List.of(new PrivateIdentity("dave@domain1.test", Fixtures.aka(0),
                                null, List.of())), List.of(PublicIdentity.user("sip:bob@domain1.test", null)))));
        assertThrows(ConflictException.class, () -> store.apply(set));
        assertTrue(store.subscription("carol").isEmpty());
        assertEquals(3, store.count());
    }

    @Test
    void replaceKeepsSqnAndRegistrationsOfIdentitiesThatStay() {
        store.nextSqn("alice@domain1.test");
        store.updateRegistration(List.of("sip:alice@domain1.test", "sip:alice-barred@domain1.test"),
                RegistrationState.REGISTERED, Fixtures.SCSCF, "alice@domain1.test");
        Subscription fewer = new Subscription("alice", Fixtures.alice().privateIdentities(),
                Fixtures.alice().publicIdentities().subList(0, 2), List.of(), List.of(), null);
        store.apply(new ProvisioningSet(null, null, null, List.of(fewer)));
        assertEquals(32, store.currentSqn("alice@domain1.test").orElseThrow());
        assertEquals(RegistrationState.REGISTERED, store.registration("sip:alice@domain1.test").state());
        assertEquals(RegistrationState.NOT_REGISTERED, store.registration("sip:alice-barred@domain1.test").state());
        Subscription stored = store.subscription("alice").orElseThrow();
        assertEquals(fewer.publicIdentities(), stored.publicIdentities());
        assertEquals(List.of(), stored.mandatoryCapabilities());
    }

    @Test
    void catalogObjectsAreReplacedByName() {
        ServiceProfile changed = new ServiceProfile("default", List.of(), List.of(), null);
        store.addServiceProfile(changed);
        assertEquals(changed, store.serviceProfile("default").orElseThrow());
        assertEquals("default", store.findPublic("sip:bob@domain1.test").orElseThrow().serviceProfile());
    }
}
