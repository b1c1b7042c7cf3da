package org.imstb.hss.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.imstb.hss.model.Scscf;
import org.imstb.hss.model.ServiceProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** S-CSCFs, application servers and profiles are cached; changes by another store instance still show. */
class CatalogCacheTest {
    @TempDir
    Path dir;

    @Test
    void ownWritesShowAtOnceOthersWithinTheCheckInterval() throws InterruptedException {
        try (SubscriberStore node = Fixtures.demoStore(dir); SubscriberStore cli = SubscriberStore.open(Fixtures.url(dir))) {
            assertEquals(List.of(Fixtures.scscf()), node.scscfs());
            Scscf second = new Scscf("sip:scscf2.domain1.test", List.of(1, 4), List.of());
            node.addScscf(second);
            assertEquals(List.of(Fixtures.scscf(), second), node.scscfs(), "own write: at once");

            ServiceProfile gold = new ServiceProfile("gold", List.of(), List.of(), 1);
            cli.addServiceProfile(gold);
            long deadline = System.nanoTime() + 10L * CatalogCache.CHECK_MILLIS * 1_000_000L;
            while (node.serviceProfile("gold").isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(gold, node.serviceProfile("gold").orElseThrow());
            assertEquals(2, node.serviceProfiles().size());
            assertTrue(node.applicationServer(Fixtures.AS_URI).isPresent());
        }
    }
}
