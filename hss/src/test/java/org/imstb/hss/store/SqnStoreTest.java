package org.imstb.hss.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.imstb.hss.model.Sqn;
import org.junit.jupiter.api.Test;

class SqnStoreTest extends DemoStoreTest {
    static final String ALICE = "alice@domain1.test";
    @Test
    void advancesSeqAndPersists() {
        assertEquals(32, store.nextSqn(ALICE));
        assertEquals(64, store.nextSqn(ALICE));
        assertEquals(64, store.currentSqn(ALICE).orElseThrow());
    }

    @Test
    void resynchronisationContinuesAfterSqnMs() {
        store.nextSqn(ALICE);
        long sqnMs = (1000L << Sqn.IND_BITS) | 7;
        store.resynchronise(ALICE, sqnMs);
        assertEquals(1001L << Sqn.IND_BITS, store.nextSqn(ALICE));
        assertThrows(IllegalArgumentException.class, () -> store.resynchronise(ALICE, Sqn.MAX + 1));
    }

    @Test
    void databaseArithmeticMatchesSqnNext() {
        for (long current : new long[] {0, 31, 32, 33, 1L << 40 | 17, Sqn.MAX - 63, Sqn.MAX - 31, Sqn.MAX}) {
            store.resynchronise(ALICE, current);
            assertEquals(Sqn.next(current), store.nextSqn(ALICE), "after " + current);
        }
        assertEquals(0, Sqn.next(Sqn.MAX - 31), "wraps at 48 bits");
    }

    @Test
    void unknownOrDigestOnlyIdentitiesHaveNoSqn() {
        assertThrows(UnknownIdentityException.class, () -> store.nextSqn("nobody@domain1.test"));
        assertThrows(UnknownIdentityException.class, () -> store.nextSqn("bob@domain1.test"));
        assertThrows(UnknownIdentityException.class, () -> store.resynchronise("bob@domain1.test", 5));
    }

    @Test
    void concurrentRequestsNeverShareAnSqn() throws Exception {
        int threads = 4;
        int perThread = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    List<Long> got = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        got.add(store.nextSqn(ALICE));
                    }
                    return got;
                }));
            }
            Set<Long> all = new HashSet<>();
            for (Future<List<Long>> f : futures) {
                all.addAll(f.get());
            }
            assertEquals(threads * perThread, all.size());
            assertEquals((long) threads * perThread << Sqn.IND_BITS, store.currentSqn(ALICE).orElseThrow());
        } finally {
            pool.shutdownNow();
        }
    }
}
