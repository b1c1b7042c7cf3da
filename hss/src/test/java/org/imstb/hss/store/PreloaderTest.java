package org.imstb.hss.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.imstb.hss.model.RegistrationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A preloaded store answers exactly as one reading the database, without reading it. */
class PreloaderTest {
    static final List<String> PUBLICS = List.of("sip:alice@domain1.test", "tel:+15551001", "tel:+1-555-1001",
            "sip:alice-barred@domain1.test", "sip:bob@domain1.test", "sip:chat-!.*!@domain1.test",
            "sip:chat-room1@domain1.test", "sip:nobody@domain1.test");
    static final List<String> PRIVATES = List.of("alice@domain1.test", "bob@domain1.test", "chat@domain1.test",
            "nobody@domain1.test");

    @TempDir
    Path dir;

    @Test
    void preloadedAnswersEqualDatabaseAnswers() {
        Fixtures.demoStore(dir).close();
        try (SubscriberStore plain = SubscriberStore.open(Fixtures.url(dir), "sa", "", 0)) {
            plain.updateRegistration(List.of("sip:alice@domain1.test", "tel:+15551001"), RegistrationState.REGISTERED,
                    Fixtures.SCSCF, "alice@domain1.test");
            try (SubscriberStore loaded = SubscriberStore.open(Fixtures.url(dir), "sa", "", 100)) {
                assertEquals(5, loaded.preload(), "public identities loaded");
                for (String impu : PUBLICS) {
                    assertEquals(plain.findPublic(impu), loaded.findPublic(impu), impu);
                    assertEquals(plain.implicitSet(impu), loaded.implicitSet(impu), impu);
                    assertEquals(plain.serverCapabilities(impu), loaded.serverCapabilities(impu), impu);
                    assertEquals(plain.registration(impu), loaded.registration(impu), impu);
                    for (String impi : PRIVATES) {
                        assertEquals(plain.subscriptionFor(impi, impu), loaded.subscriptionFor(impi, impu),
                                impi + " " + impu);
                    }
                }
                for (String impi : PRIVATES) {
                    assertEquals(plain.findPrivate(impi), loaded.findPrivate(impi), impi);
                }
            }
        }
    }

    @Test
    void preloadedCopiesServeWithoutReadingAndStopAtTheBound() throws SQLException {
        Fixtures.demoStore(dir).close();
        try (SubscriberStore one = SubscriberStore.open(Fixtures.url(dir), "sa", "", 1)) {
            assertEquals(1, one.preload());
            Fixtures.sql(dir, "UPDATE public_identity SET barred = TRUE");
            assertFalse(one.findPublic("sip:alice@domain1.test").orElseThrow().barred(), "first row: from the copy");
            assertTrue(one.findPublic("sip:bob@domain1.test").orElseThrow().barred(), "beyond the bound: read");
        }
    }
}
