package org.imstb.hss.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.imstb.hss.model.RegistrationRecord;
import org.imstb.hss.model.RegistrationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceTest {
    @TempDir
    Path dir;

    @Test
    void roundTripsSubscriptionsAndCatalog() {
        try (SubscriberStore store = Fixtures.demoStore(dir)) {
            assertEquals(Fixtures.alice(), store.subscription("alice").orElseThrow());
            assertEquals(Fixtures.bob(), store.subscription("bob").orElseThrow());
            assertEquals(Fixtures.chat(), store.subscription("chat").orElseThrow());
            assertEquals(List.of("alice", "bob", "chat"), store.listSubscriptions());
            assertEquals(3, store.count());
            assertEquals(List.of(Fixtures.profile()), store.serviceProfiles());
            assertEquals(List.of(Fixtures.as()), store.applicationServers());
            assertEquals("alice", store.ownerOf("tel:+15551001").orElseThrow());
            assertEquals("bob", store.ownerOf("bob@domain1.test").orElseThrow());
        }
    }

    @Test
    void survivesRestart() {
        try (SubscriberStore store = Fixtures.demoStore(dir)) {
            store.nextSqn("alice@domain1.test");
            store.updateRegistration(List.of("sip:alice@domain1.test"), RegistrationState.REGISTERED,
                    Fixtures.SCSCF, "alice@domain1.test");
        }
        try (SubscriberStore store = SubscriberStore.open(Fixtures.url(dir))) {
            assertEquals(3, store.count());
            assertEquals(Fixtures.alice().privateIdentities().get(0).publicIdentities(),
                    store.findPrivate("alice@domain1.test").orElseThrow().publicIdentities());
            assertEquals(32, store.currentSqn("alice@domain1.test").orElseThrow());
            assertEquals(new RegistrationRecord("sip:alice@domain1.test", RegistrationState.REGISTERED,
                    Fixtures.SCSCF, "alice@domain1.test"), store.registration("sip:alice@domain1.test"));
        }
    }

    @Test
    void openingTwiceKeepsTheSchemaAndData() {
        try (SubscriberStore a = Fixtures.demoStore(dir); SubscriberStore b = SubscriberStore.open(Fixtures.url(dir))) {
            assertEquals(3, b.count());
            assertEquals(a.listSubscriptions(), b.listSubscriptions());
        }
    }

    @Test
    void closedStoreRefusesWork() {
        SubscriberStore store = SubscriberStore.open(Fixtures.url(dir));
        store.close();
        assertThrows(RuntimeException.class, store::count);
    }

    @Test
    void fileUrlUsesAutoServer() {
        String url = SubscriberStore.fileUrl(dir);
        assertTrue(url.startsWith("jdbc:h2:file:" + dir.toAbsolutePath()));
        assertTrue(url.endsWith("/hss;AUTO_SERVER=TRUE"));
    }
}
