package org.imstb.hss.sh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.imstb.common.cx.ServerAssignmentRequest;
import org.imstb.common.cx.ServerAssignmentType;
import org.imstb.common.diameter.dict.DiameterResult;
import org.imstb.common.sh.DataReference;
import org.imstb.common.sh.IdentitySet;
import org.imstb.common.sh.ProfileUpdateAnswer;
import org.imstb.common.sh.ProfileUpdateRequest;
import org.imstb.common.sh.PushNotificationRequest;
import org.imstb.common.sh.RepositoryDataId;
import org.imstb.common.sh.ShClient;
import org.imstb.common.sh.SubsReqType;
import org.imstb.common.sh.SubscribeNotificationsAnswer;
import org.imstb.common.sh.SubscribeNotificationsRequest;
import org.imstb.common.sh.UserDataAnswer;
import org.imstb.common.sh.UserDataRequest;
import org.imstb.common.sh.UserIdentity;
import org.imstb.common.sh.data.ImsUserState;
import org.imstb.common.sh.data.RepositoryData;
import org.imstb.common.sh.data.ShData;
import org.imstb.common.testing.FreePorts;
import org.imstb.hss.store.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Sh procedures (TS 29.328 §6.1) against a real HSS over TCP, driven by the ims-common Sh client from an
 * application server's Diameter stack; last, the HSS restarts and must still hold repository data and subscriptions.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShProceduresTest {
    static final String ALICE = "sip:alice@domain1.test";
    static final String ALICE_TEL = "tel:+15551001";
    static final String BOB = "sip:bob@domain1.test";
    static final String CF = "<cf xmlns=\"urn:example:cf\"><target>sip:voicemail@domain1.test</target></cf>";

    @TempDir
    static Path dir;
    static ShLab.Ports ports;
    static ShLab lab;

    @BeforeAll
    static void start() throws Exception {
        Fixtures.demoStore(dir).close();
        ports = new ShLab.Ports(FreePorts.next(), FreePorts.next(), FreePorts.next());
        lab = ShLab.start(dir, ports);
    }

    @AfterAll
    static void stop() {
        if (lab != null) {
            lab.close();
        }
    }

    static <T> T get(java.util.concurrent.CompletableFuture<T> f) throws Exception {
        return f.get(5, TimeUnit.SECONDS);
    }

    static UserDataAnswer udr(ShClient client, UserDataRequest r) throws Exception {
        return get(client.udr(r, ShLab.REALM, ShLab.HSS));
    }

    static UserDataAnswer udr(UserDataRequest r) throws Exception {
        return udr(lab.sh, r);
    }

    static ShData read(UserDataRequest r) throws Exception {
        UserDataAnswer a = udr(r);
        assertEquals(DiameterResult.SUCCESS, a.result(), r.toString());
        return ShData.parse(a.userData());
    }

    static UserDataRequest identities(String impu, IdentitySet... sets) {
        return new UserDataRequest(UserIdentity.publicIdentity(impu), null, null, List.of(),
                List.of(DataReference.IMS_PUBLIC_IDENTITY), List.of(sets));
    }

    static ProfileUpdateAnswer pur(String impu, RepositoryData data) throws Exception {
        return get(lab.sh.pur(ProfileUpdateRequest.repositoryData(impu, ShData.of(data).toXml()), ShLab.REALM,
                ShLab.HSS));
    }

    static SubscribeNotificationsAnswer snr(SubscribeNotificationsRequest r) throws Exception {
        return get(lab.sh.snr(r, ShLab.REALM, ShLab.HSS));
    }

    static void sar(ServerAssignmentType type) throws Exception {
        assertEquals(DiameterResult.SUCCESS, get(lab.cx.sar(new ServerAssignmentRequest("alice@domain1.test",
                List.of(ALICE), Fixtures.SCSCF, type, false), ShLab.REALM, ShLab.HSS)).result());
    }

    @Test
    @Order(1)
    void udrReadsEveryDataReferenceTheHssHolds() throws Exception {
        sar(ServerAssignmentType.REGISTRATION);

        assertEquals(List.of(ALICE, ALICE_TEL, "sip:alice-barred@domain1.test"),
                read(identities(ALICE)).publicIdentities(), "no Identity-Set: ALL_IDENTITIES");
        assertEquals(List.of(ALICE, ALICE_TEL), read(identities(ALICE, IdentitySet.IMPLICIT_IDENTITIES))
                .publicIdentities());
        assertEquals(List.of(ALICE, ALICE_TEL), read(identities(ALICE, IdentitySet.REGISTERED_IDENTITIES))
                .publicIdentities(), "SAR registered the implicit set");
        assertEquals(List.of(ALICE_TEL, ALICE), read(identities(ALICE_TEL, IdentitySet.ALIAS_IDENTITIES))
                .publicIdentities(), "same set, same profile; the asked identity first");

        ShData state = read(UserDataRequest.of(ALICE, DataReference.IMS_USER_STATE));
        assertEquals(ImsUserState.REGISTERED, state.imsData().imsUserState());
        assertEquals(ImsUserState.NOT_REGISTERED,
                read(UserDataRequest.of(BOB, DataReference.IMS_USER_STATE)).imsData().imsUserState());
        assertEquals(Fixtures.SCSCF, read(UserDataRequest.of(ALICE, DataReference.S_CSCF_NAME)).imsData()
                .scscfName());
        assertNull(read(UserDataRequest.of(BOB, DataReference.S_CSCF_NAME)).imsData().scscfName());

        UserDataRequest ifcs = new UserDataRequest(UserIdentity.publicIdentity(ALICE), null, Fixtures.AS_URI,
                List.of(), List.of(DataReference.INITIAL_FILTER_CRITERIA), List.of());
        List<String> mine = read(ifcs).imsData().initialFilterCriteria();
        assertEquals(1, mine.size());
        assertTrue(mine.get(0).contains("<ServerName>" + Fixtures.AS_URI + "</ServerName>"), mine.get(0));
        UserDataRequest others = new UserDataRequest(UserIdentity.publicIdentity(ALICE), null,
                "sip:other-as.domain1.test", List.of(), List.of(DataReference.INITIAL_FILTER_CRITERIA), List.of());
        assertEquals(List.of(), read(others).imsData().initialFilterCriteria(), "only the iFCs naming that AS");

        ShData none = read(UserDataRequest.repositoryData(ALICE, "never-stored"));
        assertEquals(List.of(), none.repositoryData(), "absent repository data is left out");

        UserDataRequest byMsisdn = new UserDataRequest(UserIdentity.msisdn("15551001"), null, null, List.of(),
                List.of(DataReference.IMS_PUBLIC_IDENTITY), List.of(IdentitySet.IMPLICIT_IDENTITIES));
        assertEquals(List.of(ALICE_TEL, ALICE), read(byMsisdn).publicIdentities(), "MSISDN is tel:+<digits>");

        UserDataRequest several = new UserDataRequest(UserIdentity.publicIdentity(ALICE), null, null, List.of(),
                List.of(DataReference.IMS_USER_STATE, DataReference.S_CSCF_NAME), List.of());
        ShData both = read(several);
        assertEquals(ImsUserState.REGISTERED, both.imsData().imsUserState());
        assertEquals(Fixtures.SCSCF, both.imsData().scscfName());

        UserDataAnswer wildcard = udr(UserDataRequest.of("sip:chat-room7@domain1.test",
                DataReference.IMS_USER_STATE));
        assertEquals(DiameterResult.SUCCESS, wildcard.result());
        assertEquals("sip:chat-!.*!@domain1.test", wildcard.wildcardedPublicIdentity());

        assertEquals(DiameterResult.ERROR_USER_DATA_NOT_RECOGNIZED,
                udr(UserDataRequest.of(ALICE, DataReference.LOCATION_INFORMATION)).result());
    }

    @Test
    @Order(2)
    void unknownUserGets5001() throws Exception {
        String nobody = "sip:nobody@domain1.test";
        assertEquals(DiameterResult.ERROR_USER_UNKNOWN, udr(UserDataRequest.of(nobody,
                DataReference.IMS_USER_STATE)).result());
        assertEquals(DiameterResult.ERROR_USER_UNKNOWN, pur(nobody, new RepositoryData("cfu", 0, CF)).result());
        assertEquals(DiameterResult.ERROR_USER_UNKNOWN, snr(SubscribeNotificationsRequest.subscribe(nobody,
                List.of(), DataReference.IMS_USER_STATE)).result());
        assertEquals(DiameterResult.ERROR_USER_UNKNOWN, udr(new UserDataRequest(UserIdentity.msisdn("999"), null,
                null, List.of(), List.of(DataReference.IMS_USER_STATE), List.of())).result());
    }

    @Test
    @Order(3)
    void purCreatesUpdatesAndDeletesRepositoryData() throws Exception {
        ProfileUpdateAnswer created = pur(ALICE, new RepositoryData("cfu", 0, CF));
        assertEquals(DiameterResult.SUCCESS, created.result());
        assertEquals(new RepositoryDataId("cfu", 0), created.repositoryDataId());
        assertEquals(new RepositoryData("cfu", 0, CF),
                read(UserDataRequest.repositoryData(ALICE, "cfu")).repositoryData("cfu").orElseThrow());
        assertEquals(List.of(), read(UserDataRequest.repositoryData(ALICE_TEL, "cfu")).repositoryData(),
                "repository data belongs to one public identity");

        assertEquals(DiameterResult.ERROR_TRANSPARENT_DATA_OUT_OF_SYNC, pur(ALICE,
                new RepositoryData("cfu", 0, CF)).result(), "creating data that exists");
        assertEquals(DiameterResult.ERROR_TRANSPARENT_DATA_OUT_OF_SYNC, pur(ALICE,
                new RepositoryData("cfu", 2, CF)).result(), "skipping a sequence number");
        assertEquals(DiameterResult.ERROR_TRANSPARENT_DATA_OUT_OF_SYNC, pur(ALICE,
                new RepositoryData("new", 1, CF)).result(), "new data must start at 0");

        String changed = "<cf xmlns=\"urn:example:cf\"><target>sip:bob@domain1.test</target></cf>";
        ProfileUpdateAnswer updated = pur(ALICE, new RepositoryData("cfu", 1, changed));
        assertEquals(DiameterResult.SUCCESS, updated.result());
        assertEquals(new RepositoryDataId("cfu", 1), updated.repositoryDataId());
        assertEquals(new RepositoryData("cfu", 1, changed),
                read(UserDataRequest.repositoryData(ALICE, "cfu")).repositoryData("cfu").orElseThrow());

        assertEquals(DiameterResult.SUCCESS, pur(ALICE, new RepositoryData("cfu", 2, null)).result(),
                "no ServiceData: delete");
        assertEquals(List.of(), read(UserDataRequest.repositoryData(ALICE, "cfu")).repositoryData());
        assertEquals(DiameterResult.SUCCESS, pur(ALICE, new RepositoryData("cfu", 0, CF)).result(),
                "deleted data can be created again");
        assertEquals(DiameterResult.ERROR_OPERATION_NOT_ALLOWED, pur(ALICE,
                new RepositoryData("absent", 0, null)).result(), "deleting nothing");

        assertEquals(DiameterResult.ERROR_USER_DATA_CANNOT_BE_MODIFIED, get(lab.sh.pur(new ProfileUpdateRequest(
                UserIdentity.publicIdentity(ALICE), null, DataReference.IMS_USER_STATE,
                ShData.of(new RepositoryData("x", 0, CF)).toXml()), ShLab.REALM, ShLab.HSS)).result());
        assertEquals(DiameterResult.ERROR_USER_DATA_NOT_RECOGNIZED, get(lab.sh.pur(
                ProfileUpdateRequest.repositoryData(ALICE, "<not-sh-data/>"), ShLab.REALM, ShLab.HSS)).result());
        assertEquals(DiameterResult.ERROR_TOO_MUCH_DATA, pur(ALICE, new RepositoryData("big", 0,
                "<a>" + "x".repeat(ShLab.MAX_SERVICE_DATA) + "</a>")).result());
    }

    @Test
    @Order(4)
    void peersNotAllowedCannotReadModifyOrSubscribe() throws Exception {
        assertEquals(DiameterResult.ERROR_USER_DATA_CANNOT_BE_READ, udr(lab.intruder,
                UserDataRequest.of(ALICE, DataReference.S_CSCF_NAME)).result());
        assertEquals(DiameterResult.ERROR_USER_DATA_CANNOT_BE_READ, udr(lab.intruder,
                UserDataRequest.of("sip:nobody@domain1.test", DataReference.S_CSCF_NAME)).result(),
                "the AS is checked before the user");
        assertEquals(DiameterResult.ERROR_USER_DATA_CANNOT_BE_MODIFIED, get(lab.intruder.pur(
                ProfileUpdateRequest.repositoryData(ALICE, ShData.of(new RepositoryData("evil", 0, CF)).toXml()),
                ShLab.REALM, ShLab.HSS)).result());
        assertEquals(DiameterResult.ERROR_USER_DATA_CANNOT_BE_NOTIFIED, get(lab.intruder.snr(
                SubscribeNotificationsRequest.subscribe(ALICE, List.of(), DataReference.IMS_USER_STATE),
                ShLab.REALM, ShLab.HSS)).result());
        assertEquals(List.of(), read(UserDataRequest.repositoryData(ALICE, "evil")).repositoryData());
    }

    @Test
    @Order(5)
    void subscribedApplicationServerIsNotifiedOfRepositoryData() throws Exception {
        assertEquals(DiameterResult.ERROR_SUBS_DATA_ABSENT, snr(SubscribeNotificationsRequest.subscribe(ALICE,
                List.of("mmtel"), DataReference.REPOSITORY_DATA)).result());
        assertEquals(DiameterResult.SUCCESS, pur(ALICE, new RepositoryData("mmtel", 0, CF)).result());
        Instant expiry = Instant.parse("2099-01-01T00:00:00Z");
        SubscribeNotificationsAnswer sna = snr(new SubscribeNotificationsRequest(UserIdentity.publicIdentity(ALICE),
                null, List.of("mmtel"), true, null, SubsReqType.SUBSCRIBE, List.of(DataReference.REPOSITORY_DATA),
                List.of(), expiry, false));
        assertEquals(DiameterResult.SUCCESS, sna.result());
        assertEquals(expiry, sna.expiryTime());
        assertEquals(new RepositoryData("mmtel", 0, CF), ShData.parse(sna.userData()).repositoryData("mmtel")
                .orElseThrow(), "Send-Data-Indication: current data in the SNA");
        assertNull(lab.pushed.poll(), "no notification yet");

        String changed = "<cf xmlns=\"urn:example:cf\"><target>sip:bob@domain1.test</target></cf>";
        assertEquals(DiameterResult.SUCCESS, pur(ALICE, new RepositoryData("mmtel", 1, changed)).result());
        PushNotificationRequest pnr = lab.nextPush();
        assertNotNull(pnr, "PNR after the PUR");
        assertEquals(UserIdentity.publicIdentity(ALICE), pnr.userIdentity());
        assertEquals(ShData.of(new RepositoryData("mmtel", 1, changed)), ShData.parse(pnr.userData()));

        assertEquals(DiameterResult.SUCCESS, pur(ALICE, new RepositoryData("mmtel", 2, null)).result());
        PushNotificationRequest deleted = lab.nextPush();
        assertNotNull(deleted, "PNR after the deletion");
        assertEquals(ShData.of(new RepositoryData("mmtel", 2, null)), ShData.parse(deleted.userData()));
        assertEquals(DiameterResult.SUCCESS, pur(ALICE, new RepositoryData("mmtel", 0, CF)).result());
        assertNull(lab.pushed.poll(1, TimeUnit.SECONDS), "the deletion ended the subscription");
    }

    @Test
    @Order(6)
    void subscribedApplicationServerIsNotifiedOfRegistrations() throws Exception {
        assertEquals(DiameterResult.SUCCESS, snr(SubscribeNotificationsRequest.subscribe(ALICE, List.of(),
                DataReference.IMS_USER_STATE, DataReference.S_CSCF_NAME)).result());
        sar(ServerAssignmentType.USER_DEREGISTRATION);
        PushNotificationRequest out = lab.nextPush();
        assertNotNull(out, "PNR after the deregistration (Cx SAR)");
        ShData left = ShData.parse(out.userData());
        assertEquals(ImsUserState.NOT_REGISTERED, left.imsData().imsUserState());
        assertNull(left.imsData().scscfName(), "S-CSCF name forgotten");

        sar(ServerAssignmentType.REGISTRATION);
        ShData back = ShData.parse(lab.nextPush().userData());
        assertEquals(ImsUserState.REGISTERED, back.imsData().imsUserState());
        assertEquals(Fixtures.SCSCF, back.imsData().scscfName());

        sar(ServerAssignmentType.RE_REGISTRATION);
        assertNull(lab.pushed.poll(1, TimeUnit.SECONDS), "nothing changed, nothing sent");

        assertEquals(DiameterResult.SUCCESS, snr(SubscribeNotificationsRequest.unsubscribe(ALICE, List.of(),
                DataReference.S_CSCF_NAME)).result());
        sar(ServerAssignmentType.USER_DEREGISTRATION);
        ShData stateOnly = ShData.parse(lab.nextPush().userData());
        assertEquals(ImsUserState.NOT_REGISTERED, stateOnly.imsData().imsUserState());
        assertEquals(DiameterResult.SUCCESS, snr(SubscribeNotificationsRequest.unsubscribe(ALICE, List.of(),
                DataReference.IMS_USER_STATE)).result());
        sar(ServerAssignmentType.REGISTRATION);
        assertNull(lab.pushed.poll(1, TimeUnit.SECONDS), "unsubscribed");
        assertEquals(DiameterResult.ERROR_USER_DATA_CANNOT_BE_NOTIFIED, snr(SubscribeNotificationsRequest.subscribe(
                ALICE, List.of(), DataReference.LOCATION_INFORMATION)).result());
    }

    @Test
    @Order(7)
    void repositoryDataAndSubscriptionsSurviveARestart() throws Exception {
        assertEquals(DiameterResult.SUCCESS, pur(ALICE_TEL, new RepositoryData("persist", 0, CF)).result());
        assertEquals(DiameterResult.SUCCESS, snr(SubscribeNotificationsRequest.subscribe(ALICE_TEL,
                List.of("persist"), DataReference.REPOSITORY_DATA)).result());
        lab.close();
        lab = ShLab.start(dir, ports);

        assertEquals(new RepositoryData("persist", 0, CF), read(UserDataRequest.repositoryData(ALICE_TEL, "persist"))
                .repositoryData("persist").orElseThrow());
        assertEquals(DiameterResult.SUCCESS, pur(ALICE_TEL, new RepositoryData("persist", 1, null)).result());
        PushNotificationRequest pnr = lab.nextPush();
        assertNotNull(pnr, "the subscription survived the restart");
        assertEquals(UserIdentity.publicIdentity(ALICE_TEL), pnr.userIdentity());
        assertEquals(Fixtures.SCSCF, read(UserDataRequest.of(ALICE, DataReference.S_CSCF_NAME)).imsData()
                .scscfName(), "registration survived too");
    }
}
