package org.imstb.ue.as.sh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.imstb.common.diameter.dict.DiameterResult;
import org.imstb.common.sh.DataReference;
import org.imstb.common.sh.data.ImsUserState;
import org.imstb.common.sh.data.RepositoryData;
import org.imstb.hss.model.RegistrationState;
import org.imstb.hss.store.ShStore;
import org.imstb.ue.as.testing.AsHarness;
import org.imstb.ue.as.testing.ShHss;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ShAccess against a real HSS over TCP: the AS node started with {@code diameter} and {@code hss}, its Sh operations
 * driven directly; the HSS's store plays the concurrent writer and the S-CSCF whose registration triggers a PNR.
 */
class ShAccessTest {
    static final String ALICE = "sip:alice@domain1.test";
    static final String BOB = "sip:bob@domain1.test";

    @TempDir
    static Path dir;
    static ShHss hss;
    static AsHarness as;
    static ShAccess sh;

    @BeforeAll
    static void start() throws Exception {
        hss = ShHss.start(dir);
        as = AsHarness.start(dir, "    vm: {type: voicemail}\n", hss.asConfig());
        as.awaitReady(20_000);
        sh = as.node().sh().orElseThrow();
    }

    @AfterAll
    static void stop() {
        if (as != null) {
            as.close();
        }
        if (hss != null) {
            hss.close();
        }
    }

    static <T> T get(CompletableFuture<T> f) throws Exception {
        return f.get(10, TimeUnit.SECONDS);
    }

    static ShStore store() {
        return hss.node().store().sh();
    }

    @Test
    void readyOnlyWithTheHssPeerConnected() {
        assertTrue(as.node().readiness().ready());
        assertTrue(as.node().readiness().detail().contains("diameter as.domain1.test: 1 peer(s) open"),
                as.node().readiness().detail());
    }

    @Test
    void readModifyWriteCreatesWithSequenceZeroThenUpdates() throws Exception {
        RepositoryData first = get(sh.update(ALICE, "t-create", old -> "<n>" + (old == null ? 1 : 99) + "</n>"));
        assertEquals(new RepositoryData("t-create", 0, "<n>1</n>"), first);
        RepositoryData second = get(sh.update(ALICE, "t-create",
                old -> "<n>" + (ServiceData.count(old, "n") + 1) + "</n>"));
        assertEquals(new RepositoryData("t-create", 1, "<n>2</n>"), second);
        assertEquals(Optional.of(second), get(sh.repositoryData(ALICE, "t-create")), "read back with a UDR");
        assertEquals(Optional.of(second), store().repositoryData(ALICE, "t-create"), "as the HSS stores it");
        assertEquals(Optional.empty(), get(sh.repositoryData(ALICE, "t-none")));
    }

    @Test
    void concurrentUpdatesOfOneItemAreSerialised() throws Exception {
        List<CompletableFuture<RepositoryData>> all = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(sh.update(BOB, "t-serial", old -> "<n>" + (ServiceData.count(old, "n") + 1) + "</n>"));
        }
        for (CompletableFuture<RepositoryData> f : all) {
            get(f);
        }
        assertEquals("<n>5</n>", store().repositoryData(BOB, "t-serial").orElseThrow().serviceData());
        assertEquals(4, store().repositoryData(BOB, "t-serial").orElseThrow().sequenceNumber());
    }

    @Test
    void outOfSyncReadsAgainAndRetriesOnce() throws Exception {
        get(sh.update(ALICE, "t-race", old -> "<n>1</n>"));
        AtomicInteger calls = new AtomicInteger();
        RepositoryData stored = get(sh.update(ALICE, "t-race", old -> {
            if (calls.incrementAndGet() == 1) {
                otherWriter(ALICE, "t-race", "<n>10</n>"); // between our UDR and our PUR: the PUR gets 5105
            }
            return "<n>" + (ServiceData.count(old, "n") + 1) + "</n>";
        }));
        assertEquals(2, calls.get(), "read again after 5105");
        assertEquals(new RepositoryData("t-race", 2, "<n>11</n>"), stored);

        ExecutionException e = assertThrows(ExecutionException.class, () -> get(sh.update(ALICE, "t-race", old -> {
            otherWriter(ALICE, "t-race", "<n>0</n>"); // loses every time
            return "<mine/>";
        })));
        ShFailure f = assertInstanceOf(ShFailure.class, e.getCause());
        assertEquals(DiameterResult.ERROR_TRANSPARENT_DATA_OUT_OF_SYNC, f.result(), "retried only once");
        assertTrue(ShAccess.describe(e).startsWith("PUR t-race for sip:alice@domain1.test:"), ShAccess.describe(e));
    }

    /** Writes the next version straight into the HSS's store, as another AS would. */
    private static void otherWriter(String impu, String serviceIndication, String data) {
        RepositoryData current = store().repositoryData(impu, serviceIndication).orElseThrow();
        assertTrue(store().writeRepositoryData(impu, List.of(new ShStore.RepositoryWrite(current.sequenceNumber(),
                current.update(data)))));
    }

    @Test
    void anUnknownUserFailsWithTheHssResult() {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> get(sh.update("sip:nobody@domain1.test", "t", old -> "<n>1</n>")));
        assertEquals(DiameterResult.ERROR_USER_UNKNOWN, assertInstanceOf(ShFailure.class, e.getCause()).result());
        e = assertThrows(ExecutionException.class, () -> get(sh.imsUserState("sip:nobody@domain1.test")));
        assertEquals(DiameterResult.ERROR_USER_UNKNOWN, assertInstanceOf(ShFailure.class, e.getCause()).result());
    }

    @Test
    void subscribedToImsUserStateTheAsHearsOfARegistration() throws Exception {
        assertEquals(ImsUserState.NOT_REGISTERED, get(sh.imsUserState(BOB)));
        java.util.concurrent.BlockingQueue<String> pushed = new java.util.concurrent.LinkedBlockingQueue<>();
        sh.onPush(pnr -> pushed.add(pnr.userIdentity() + " " + pnr.userData()));
        assertTrue(get(sh.subscribe(BOB, DataReference.IMS_USER_STATE)).result().isSuccess());
        assertEquals(ShHss.AS, store().subscriptions(BOB, DataReference.IMS_USER_STATE, null).get(0).asHost());

        // the S-CSCF's SAR, as the HSS's store sees it
        hss.node().store().updateRegistration(List.of(BOB), RegistrationState.REGISTERED,
                "sip:scscf.domain1.test:5060", "bob@domain1.test");
        String pnr = pushed.poll(10, TimeUnit.SECONDS);
        assertTrue(pnr != null && pnr.startsWith(BOB + " ") && pnr.contains("<IMSUserState>1</IMSUserState>"),
                String.valueOf(pnr));
        assertEquals(ImsUserState.REGISTERED, get(sh.imsUserState(BOB)));
        assertTrue(as.metrics().contains("imstb_as_sh_total{operation=\"pnr\",outcome=\"ok\"}"), as.metrics());
    }
}
