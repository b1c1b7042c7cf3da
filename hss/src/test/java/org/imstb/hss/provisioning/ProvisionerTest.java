package org.imstb.hss.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imstb.common.config.ConfigException;
import org.imstb.hss.model.RegistrationState;
import org.imstb.hss.model.Subscription;
import org.imstb.hss.store.SubscriberStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvisionerTest {
    @TempDir
    Path dir;
    SubscriberStore store;
    Path demo;

    @BeforeEach
    void open() throws IOException {
        store = SubscriberStore.open("jdbc:h2:file:" + dir.resolve("hss"));
        demo = dir.resolve("demo.yaml");
        try (InputStream in = getClass().getResourceAsStream("demo-subscribers.yaml")) {
            Files.copy(in, demo);
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    static String subscription(String name, String impu) {
        return """
                  - name: %s
                    privateIdentities:
                      - impi: %s@domain1.test
                        digest: {password: secret}
                    publicIdentities:
                      - identity: %s
                """.formatted(name, name, impu);
    }

    Path file(String... subscriptions) throws IOException {
        Path f = dir.resolve("more.yaml");
        Files.writeString(f, "subscriptions:\n" + String.join("", subscriptions));
        return f;
    }

    @Test
    void importsTheDemoSet() {
        assertEquals(3, Provisioner.importFile(store, demo));
        assertEquals(List.of("alice", "bob", "chat"), store.listSubscriptions());
        assertTrue(store.isAssociated("alice@domain1.test", "tel:+15551001"));
        assertEquals("sip:chat-!.*!@domain1.test", store.findPublic("sip:chat-lobby@domain1.test").orElseThrow()
                .identity());
        assertEquals(1, store.scscfs().size());
        assertEquals(1, store.serviceProfiles().get(0).initialFilterCriteria().size());
    }

    @Test
    void reimportIsIdempotentAndKeepsState() {
        Provisioner.importFile(store, demo);
        Subscription before = store.subscription("alice").orElseThrow();
        long sqn = store.nextSqn("alice@domain1.test");
        store.updateRegistration(List.of("sip:alice@domain1.test"), RegistrationState.REGISTERED,
                "sip:scscf.domain1.test:6060", "alice@domain1.test");

        Provisioner.ImportResult again = Provisioner.importWithSummary(store, demo);
        assertEquals(new Provisioner.ImportResult(1, 1, 1, 3), again);
        assertEquals(3, store.count());
        Subscription after = store.subscription("alice").orElseThrow();
        assertEquals(before.publicIdentities(), after.publicIdentities());
        assertEquals(sqn, after.privateIdentities().get(0).aka().sqn(), "SQN never goes back");
        assertEquals(RegistrationState.REGISTERED, store.registration("sip:alice@domain1.test").state());
    }

    @Test
    void invalidThirdSubscriptionChangesNothing() throws IOException {
        Provisioner.importFile(store, demo);
        Path f = file(subscription("carol", "sip:carol@domain1.test"), subscription("dave", "sip:dave@domain1.test"),
                subscription("erin", "erin@domain1.test"));
        ConfigException e = assertThrows(ConfigException.class, () -> Provisioner.importFile(store, f));
        assertEquals(f + ":19: subscriptions[2].publicIdentities[0].identity: must be a sip:, sips: or tel: URI, "
                + "got 'erin@domain1.test'", e.getMessage());
        assertEquals(List.of("alice", "bob", "chat"), store.listSubscriptions());
    }

    @Test
    void conflictingThirdSubscriptionChangesNothing() throws IOException {
        Provisioner.importFile(store, demo);
        Path f = file(subscription("carol", "sip:carol@domain1.test"), subscription("dave", "sip:dave@domain1.test"),
                subscription("erin", "sip:bob@domain1.test"));
        ConfigException e = assertThrows(ConfigException.class, () -> Provisioner.importFile(store, f));
        assertEquals(f + ":19: subscriptions[2].publicIdentities[0].identity: identity 'sip:bob@domain1.test' "
                + "already belongs to subscription 'bob' in the store", e.getMessage());
        assertEquals(List.of("alice", "bob", "chat"), store.listSubscriptions());
        assertTrue(store.findPrivate("carol@domain1.test").isEmpty());
    }

    @Test
    void identitiesMayMoveBetweenSubscriptionsReplacedTogether() throws IOException {
        Provisioner.importFile(store, file(subscription("carol", "sip:carol@domain1.test"),
                subscription("dave", "sip:dave@domain1.test")));
        Provisioner.importFile(store, file(subscription("carol", "sip:dave@domain1.test"),
                subscription("dave", "sip:carol@domain1.test")));
        assertEquals("carol", store.ownerOf("sip:dave@domain1.test").orElseThrow());
    }

    @Test
    void filesMayUseProfilesOfTheStore() throws IOException {
        Provisioner.importFile(store, demo);
        Path f = dir.resolve("frank.yaml");
        Files.writeString(f, subscription("frank", "sip:frank@domain1.test").replace(
                "- identity: sip:frank@domain1.test", "- identity: sip:frank@domain1.test\n        serviceProfile: default")
                .replaceFirst("^", "subscriptions:\n"));
        Provisioner.importFile(store, f);
        assertEquals("default", store.findPublic("sip:frank@domain1.test").orElseThrow().serviceProfile());
    }
}
