package org.imstb.hss.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.imstb.hss.model.RegistrationRecord;
import org.imstb.hss.model.RegistrationState;
import org.imstb.hss.model.Scscf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Request-path reads come from in-memory copies; provisioning changes (here or by another store on the same
 * database, like the CLI) drop them, and registration changes keep them exact.
 */
class SubscriberCacheTest {
    static final String ALICE = "sip:alice@domain1.test";
    static final String IMPI = "alice@domain1.test";

    @TempDir
    Path dir;

    @Test
    void readsComeFromTheCopyUntilTheProvisioningVersionChanges() throws Exception {
        try (SubscriberStore node = Fixtures.demoStore(dir); SubscriberStore cli = SubscriberStore.open(Fixtures.url(dir))) {
            assertFalse(node.findPublic(ALICE).orElseThrow().barred());
            Fixtures.sql(dir, "UPDATE public_identity SET barred = TRUE WHERE impu = '" + ALICE + "'");
            assertFalse(node.findPublic(ALICE).orElseThrow().barred(), "a change behind the store's back is not seen");

            cli.addScscf(new Scscf("sip:scscf2.domain1.test", List.of(), List.of()));
            awaitTrue(() -> node.findPublic(ALICE).orElseThrow().barred(), "another store's provisioning write");
        }
    }

    @Test
    void aRecheckSeesAnotherStoresChangeAtOnce() {
        try (SubscriberStore node = Fixtures.demoStore(dir); SubscriberStore cli = SubscriberStore.open(Fixtures.url(dir))) {
            assertTrue(node.findPublic(ALICE).isPresent());
            assertTrue(cli.removeSubscription("alice"));
            node.recheckProvisioning();
            assertTrue(node.findPublic(ALICE).isEmpty(), "no wait after a recheck");
        }
    }

    @Test
    void removalThroughThisStoreShowsAtOnce() {
        try (SubscriberStore node = Fixtures.demoStore(dir)) {
            node.updateRegistration(List.of(ALICE), RegistrationState.REGISTERED, Fixtures.SCSCF, IMPI);
            assertTrue(node.findPrivate(IMPI).isPresent());
            assertEquals(2, node.implicitSet(ALICE).size());
            assertTrue(node.subscriptionFor(IMPI, ALICE).isPresent());

            assertTrue(node.removeSubscription("alice"));
            assertTrue(node.findPublic(ALICE).isEmpty());
            assertTrue(node.findPrivate(IMPI).isEmpty());
            assertTrue(node.implicitSet(ALICE).isEmpty());
            assertTrue(node.subscriptionFor(IMPI, ALICE).isEmpty());
            assertEquals(RegistrationRecord.notRegistered(ALICE), node.registration(ALICE));
        }
    }

    @Test
    void removalByAnotherStoreShowsWithinTheCheckInterval() {
        try (SubscriberStore node = Fixtures.demoStore(dir); SubscriberStore cli = SubscriberStore.open(Fixtures.url(dir))) {
            node.updateRegistration(List.of(ALICE), RegistrationState.REGISTERED, Fixtures.SCSCF, IMPI);
            assertEquals(RegistrationState.REGISTERED, node.registration(ALICE).state());
            assertTrue(node.findPublic(ALICE).isPresent());
            assertTrue(cli.removeSubscription("alice"));
            awaitTrue(() -> node.findPublic(ALICE).isEmpty(), "identity gone");
            assertEquals(RegistrationRecord.notRegistered(ALICE), node.registration(ALICE), "its registration too");
        }
    }

    @Test
    void registrationCopyFollowsEveryCommittedChange() throws Exception {
        try (SubscriberStore node = Fixtures.demoStore(dir);
             SubscriberStore direct = SubscriberStore.open(Fixtures.url(dir), "sa", "", 0)) {
            int threads = 4;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    String scscf = "sip:scscf" + t + ".domain1.test";
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < 50; i++) {
                            node.updateRegistration(List.of(ALICE, "tel:+15551001"),
                                    i % 2 == 0 ? RegistrationState.REGISTERED : RegistrationState.UNREGISTERED,
                                    scscf, IMPI);
                            node.registration(ALICE);
                        }
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            assertEquals(direct.registration(ALICE), node.registration(ALICE), "copy = database");
            assertEquals(direct.registration("tel:+15551001"), node.registration("tel:+15551001"));
        }
    }

    @Test
    void withoutCopiesEveryReadSeesTheDatabase() throws Exception {
        Fixtures.demoStore(dir).close();
        try (SubscriberStore node = SubscriberStore.open(Fixtures.url(dir), "sa", "", 0)) {
            assertFalse(node.findPublic(ALICE).orElseThrow().barred());
            Fixtures.sql(dir, "UPDATE public_identity SET barred = TRUE WHERE impu = '" + ALICE + "'");
            assertTrue(node.findPublic(ALICE).orElseThrow().barred());
        }
        assertThrows(IllegalArgumentException.class, () -> SubscriberStore.open(Fixtures.url(dir), "sa", "", -1));
    }

    private static void awaitTrue(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + 10L * CatalogCache.CHECK_MILLIS * 1_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what + " not seen within " + 10 * CatalogCache.CHECK_MILLIS + " ms");
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
