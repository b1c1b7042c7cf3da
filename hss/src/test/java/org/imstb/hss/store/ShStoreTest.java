package org.imstb.hss.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.imstb.common.sh.DataReference;
import org.imstb.common.sh.data.RepositoryData;
import org.imstb.hss.model.RegistrationChange;
import org.imstb.hss.model.RegistrationRecord;
import org.imstb.hss.model.RegistrationState;
import org.imstb.hss.model.ShSubscription;
import org.imstb.hss.store.ShStore.RepositoryWrite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sh repository data and subscriptions in the store, the registration listener, and the schema upgrade to 2. */
class ShStoreTest {
    static final String ALICE = "sip:alice@domain1.test";
    static final String AS = "as.domain1.test";

    @TempDir
    Path dir;

    @Test
    void repositoryWritesAreCompareAndSet() {
        try (SubscriberStore store = Fixtures.demoStore(dir)) {
            ShStore sh = store.sh();
            RepositoryData v0 = new RepositoryData("cfu", 0, "<a/>");
            assertTrue(sh.writeRepositoryData(ALICE, List.of(new RepositoryWrite(null, v0))));
            assertEquals(Optional.of(v0), sh.repositoryData("SIP:alice@DOMAIN1.test", "cfu"), "by identity key");
            assertFalse(sh.writeRepositoryData(ALICE, List.of(new RepositoryWrite(null, v0))), "exists already");
            RepositoryData v1 = v0.update("<b/>");
            assertFalse(sh.writeRepositoryData(ALICE, List.of(new RepositoryWrite(5, v1))), "stored is 0, not 5");
            assertTrue(sh.writeRepositoryData(ALICE, List.of(new RepositoryWrite(0, v1))));
            assertEquals(Optional.of(v1), sh.repositoryData(ALICE, "cfu"));

            RepositoryData other = new RepositoryData("other", 0, "<c/>");
            assertFalse(sh.writeRepositoryData(ALICE, List.of(new RepositoryWrite(null, other),
                    new RepositoryWrite(0, v1.update("<d/>")))), "second write fails");
            assertEquals(Optional.empty(), sh.repositoryData(ALICE, "other"), "so the first is rolled back");

            assertTrue(sh.writeRepositoryData(ALICE, List.of(new RepositoryWrite(1, v1.update(null)))));
            assertEquals(Optional.empty(), sh.repositoryData(ALICE, "cfu"), "deleted");
        }
    }

    @Test
    void subscriptionsAreReplacedExpireAndEnd() {
        try (SubscriberStore store = Fixtures.demoStore(dir)) {
            ShStore sh = store.sh();
            assertFalse(sh.watchesRegistrations());
            ShSubscription state = new ShSubscription(ALICE, DataReference.IMS_USER_STATE, null, AS, "domain1.test",
                    null, false);
            sh.subscribe(state);
            assertTrue(sh.watchesRegistrations());
            ShSubscription later = new ShSubscription(ALICE, DataReference.IMS_USER_STATE, null, AS, "domain1.test",
                    Instant.parse("2099-01-01T00:00:00Z"), true);
            sh.subscribe(later);
            assertEquals(List.of(later), sh.subscriptions(ALICE, DataReference.IMS_USER_STATE, null), "replaced");

            ShSubscription expired = new ShSubscription(ALICE, DataReference.REPOSITORY_DATA, "cfu", AS,
                    "domain1.test", Instant.now().minusSeconds(5), false);
            sh.subscribe(expired);
            assertEquals(List.of(), sh.subscriptions(ALICE, DataReference.REPOSITORY_DATA, "cfu"));

            ShSubscription a = new ShSubscription(ALICE, DataReference.REPOSITORY_DATA, "cfu", AS, "domain1.test",
                    null, false);
            ShSubscription b = new ShSubscription(ALICE, DataReference.REPOSITORY_DATA, "cfu", "as2.domain1.test",
                    "domain1.test", null, false);
            sh.subscribe(a);
            sh.subscribe(b);
            assertEquals(List.of(a, b), sh.subscriptions(ALICE, DataReference.REPOSITORY_DATA, "cfu"));
            assertEquals(List.of(), sh.subscriptions(ALICE, DataReference.REPOSITORY_DATA, "mmtel"));
            assertTrue(sh.unsubscribe(ALICE, DataReference.REPOSITORY_DATA, "cfu", AS));
            assertFalse(sh.unsubscribe(ALICE, DataReference.REPOSITORY_DATA, "cfu", AS));
            assertEquals(1, sh.unsubscribeAll(ALICE, DataReference.REPOSITORY_DATA, "cfu"));

            assertTrue(sh.unsubscribe(ALICE, DataReference.IMS_USER_STATE, null, AS));
            assertFalse(sh.watchesRegistrations());
        }
    }

    @Test
    void registrationChangesAreReportedWhileSomeoneListens() {
        try (SubscriberStore store = Fixtures.demoStore(dir)) {
            List<List<RegistrationChange>> reported = new ArrayList<>();
            boolean[] active = {true};
            store.setRegistrationListener(new RegistrationListener() {
                @Override
                public boolean active() {
                    return active[0];
                }

                @Override
                public void changed(List<RegistrationChange> changes) {
                    reported.add(changes);
                }
            });
            List<String> set = List.of(ALICE, "tel:+15551001");
            store.updateRegistration(set, RegistrationState.REGISTERED, Fixtures.SCSCF, "alice@domain1.test");
            assertEquals(1, reported.size());
            assertEquals(List.of(new RegistrationChange(RegistrationRecord.notRegistered(ALICE),
                    new RegistrationRecord(ALICE, RegistrationState.REGISTERED, Fixtures.SCSCF,
                            "alice@domain1.test")), new RegistrationChange(
                    RegistrationRecord.notRegistered("tel:+15551001"), new RegistrationRecord("tel:+15551001",
                    RegistrationState.REGISTERED, Fixtures.SCSCF, "alice@domain1.test"))), reported.get(0));

            store.updateRegistration(set, RegistrationState.REGISTERED, Fixtures.SCSCF, "alice@domain1.test");
            assertEquals(1, reported.size(), "no change, no report");

            active[0] = false;
            store.updateRegistration(set, RegistrationState.NOT_REGISTERED, null, null);
            assertEquals(1, reported.size(), "nobody listening");
            assertEquals(RegistrationState.NOT_REGISTERED, store.registration(ALICE).state(), "stored all the same");
        }
    }

    @Test
    void aVersionOneDatabaseIsUpgraded() throws Exception {
        Fixtures.demoStore(dir).close();
        try (Connection c = DriverManager.getConnection(Fixtures.url(dir), "sa", "");
                Statement st = c.createStatement()) {
            st.execute("DROP TABLE sh_repository_data");
            st.execute("DROP TABLE sh_subscription");
            st.execute("DELETE FROM schema_version WHERE version > 1");
        }
        try (SubscriberStore store = SubscriberStore.open(Fixtures.url(dir))) {
            assertEquals(3, store.count(), "the data of version 1 is there");
            RepositoryData v0 = new RepositoryData("cfu", 0, "<a/>");
            assertTrue(store.sh().writeRepositoryData(ALICE, List.of(new RepositoryWrite(null, v0))), "new tables");
        }
        try (Connection c = DriverManager.getConnection(Fixtures.url(dir), "sa", "");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
            rs.next();
            assertEquals(Database.SCHEMA_VERSION, rs.getInt(1));
            assertEquals(2, rs.getInt(1));
        }
        try (SubscriberStore store = SubscriberStore.open(Fixtures.url(dir))) {
            assertEquals(Optional.of(new RepositoryData("cfu", 0, "<a/>")), store.sh().repositoryData(ALICE, "cfu"),
                    "kept across opens");
        }
    }

    @Test
    void aNewerDatabaseIsRefused() throws Exception {
        Fixtures.demoStore(dir).close();
        try (Connection c = DriverManager.getConnection(Fixtures.url(dir), "sa", "");
                Statement st = c.createStatement()) {
            st.execute("INSERT INTO schema_version (version) VALUES (" + (Database.SCHEMA_VERSION + 1) + ")");
        }
        assertThrows(StoreException.class, () -> SubscriberStore.open(Fixtures.url(dir)).close());
    }
}
