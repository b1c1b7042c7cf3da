package org.imstb.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.imstb.common.aka.Usim;
import org.imstb.common.auth.DigestMd5;
import org.imstb.common.cx.CxClient;
import org.imstb.common.cx.LocationInfoAnswer;
import org.imstb.common.cx.LocationInfoRequest;
import org.imstb.common.cx.MultimediaAuthAnswer;
import org.imstb.common.cx.MultimediaAuthRequest;
import org.imstb.common.cx.ServerAssignmentAnswer;
import org.imstb.common.cx.ServerAssignmentRequest;
import org.imstb.common.cx.ServerAssignmentType;
import org.imstb.common.cx.SipAuthDataItem;
import org.imstb.common.cx.UserAuthorizationAnswer;
import org.imstb.common.cx.UserAuthorizationRequest;
import org.imstb.common.cx.UserAuthorizationType;
import org.imstb.common.diameter.codec.AvpReader;
import org.imstb.common.diameter.codec.DiameterText;
import org.imstb.common.diameter.dict.Application;
import org.imstb.common.diameter.dict.Avps;
import org.imstb.common.diameter.dict.Command;
import org.imstb.common.diameter.dict.DiameterResult;
import org.imstb.common.testing.FreePorts;
import org.imstb.common.util.Hex;
import org.imstb.topology.demo.HssLab;
import org.jdiameter.api.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Cx procedures of a registration (TS 29.228 §6.1, TS 24.228 §6.2) against the HSS running as its own process
 * on IPv6, driven by the ims-common Cx client; then the HSS is restarted and must remember what it stored.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CxProceduresIT {
    static final String REALM = "domain1.test";
    static final String SCSCF = "sip:scscf.domain1.test:6060";
    static final String ALICE = "alice@domain1.test";
    static final String ALICE_IMPU = "sip:alice@domain1.test";
    static final byte[] ALICE_K = Hex.parse("7e0114c01987caec21efa86c9b1394db");
    static final byte[] ALICE_OPC = Hex.parse("30cf8905bb2ee27420c1558292479225");

    @TempDir
    static Path dir;
    static int hssPort;
    static int clientPort;
    static HssLab lab;
    static CxClient cx;

    @BeforeAll
    static void start() throws Exception {
        hssPort = FreePorts.next();
        clientPort = FreePorts.next();
        lab = HssLab.start(dir, hssPort, clientPort, List.of("-Xmx256m"), "");
        cx = new CxClient(lab.client());
    }

    @AfterAll
    static void stop() throws Exception {
        if (lab != null) {
            lab.close();
        }
    }

    static UserAuthorizationAnswer uar(String impi, String impu, String visited) throws Exception {
        return cx.uar(new UserAuthorizationRequest(impi, impu, visited, UserAuthorizationType.REGISTRATION), REALM,
                null).get(5, TimeUnit.SECONDS);
    }

    static MultimediaAuthAnswer mar(String impi, String impu, String scheme, byte[] authorization) throws Exception {
        return cx.mar(new MultimediaAuthRequest(impi, impu, SCSCF, 1, scheme, authorization), REALM, null)
                .get(5, TimeUnit.SECONDS);
    }

    static ServerAssignmentAnswer sar(String impi, String impu, ServerAssignmentType type) throws Exception {
        return cx.sar(new ServerAssignmentRequest(impi, List.of(impu), SCSCF, type, false), REALM, null)
                .get(5, TimeUnit.SECONDS);
    }

    static LocationInfoAnswer lir(String impu) throws Exception {
        return cx.lir(new LocationInfoRequest(impu, false, null), REALM, null).get(5, TimeUnit.SECONDS);
    }

    @Test
    @Order(1)
    void firstRegistrationUarGivesCapabilities() throws Exception {
        UserAuthorizationAnswer a = uar(ALICE, ALICE_IMPU, REALM);
        assertEquals(DiameterResult.FIRST_REGISTRATION, a.result());
        assertNull(a.serverName());
        assertNotNull(a.capabilities());
        assertEquals(SCSCF, a.capabilities().serverNames().get(0), "alice's preferred S-CSCF first");
    }

    @Test
    @Order(2)
    void akaVectorAuthenticatesAtTheUsimAndResyncRecovers() throws Exception {
        MultimediaAuthAnswer maa = mar(ALICE, ALICE_IMPU, "Digest-AKAv1-MD5", null);
        assertEquals(DiameterResult.SUCCESS, maa.result());
        SipAuthDataItem v = maa.items().get(0);
        assertEquals("Digest-AKAv1-MD5", v.scheme());
        assertEquals(32, v.authenticate().length);
        Usim usim = new Usim(ALICE_K, ALICE_OPC);
        Usim.Result r = usim.authenticate(Arrays.copyOfRange(v.authenticate(), 0, 16),
                Arrays.copyOfRange(v.authenticate(), 16, 32));
        Usim.Success ok = assertInstanceOf(Usim.Success.class, r);
        assertArrayEquals(v.authorization(), ok.res(), "RES = XRES");
        assertArrayEquals(v.ck(), ok.ck());
        assertArrayEquals(v.ik(), ok.ik());

        // a USIM that has seen a far higher SQN rejects the next vector and sends AUTS; the HSS resynchronises
        Usim ahead = new Usim(new org.imstb.common.aka.Milenage(ALICE_K, ALICE_OPC), 1L << 40, Usim.DEFAULT_MAX_JUMP);
        MultimediaAuthAnswer stale = mar(ALICE, ALICE_IMPU, "Digest-AKAv1-MD5", null);
        byte[] rand = Arrays.copyOfRange(stale.items().get(0).authenticate(), 0, 16);
        Usim.SyncFailure sync = assertInstanceOf(Usim.SyncFailure.class, ahead.authenticate(rand,
                Arrays.copyOfRange(stale.items().get(0).authenticate(), 16, 32)));
        byte[] randAuts = new byte[30];
        System.arraycopy(rand, 0, randAuts, 0, 16);
        System.arraycopy(sync.auts(), 0, randAuts, 16, 14);
        MultimediaAuthAnswer resynced = mar(ALICE, ALICE_IMPU, "Digest-AKAv1-MD5", randAuts);
        assertEquals(DiameterResult.SUCCESS, resynced.result());
        byte[] nonce = resynced.items().get(0).authenticate();
        assertInstanceOf(Usim.Success.class, ahead.authenticate(Arrays.copyOfRange(nonce, 0, 16),
                Arrays.copyOfRange(nonce, 16, 32)), "vector after resync is fresh for the USIM");

        randAuts[29] ^= 0x01;
        assertEquals(DiameterResult.AUTHENTICATION_REJECTED,
                mar(ALICE, ALICE_IMPU, "Digest-AKAv1-MD5", randAuts).result(), "tampered AUTS");
    }

    @Test
    @Order(3)
    void sipDigestGivesHa1() throws Exception {
        MultimediaAuthAnswer maa = mar("bob@domain1.test", "sip:bob@domain1.test", "SIP Digest", null);
        assertEquals(DiameterResult.SUCCESS, maa.result());
        SipAuthDataItem d = maa.items().get(0);
        assertEquals("SIP Digest", d.scheme());
        assertEquals(DigestMd5.ha1("bob@domain1.test", "domain1.test", "bob-secret"), d.digestHa1());
        assertEquals("auth", d.digestQop());
        assertEquals(DiameterResult.ERROR_AUTH_SCHEME_NOT_SUPPORTED,
                mar("bob@domain1.test", "sip:bob@domain1.test", "Digest-AKAv1-MD5", null).result());
    }

    @Test
    @Order(4)
    void sarRegistersTheImplicitSetAndReturnsUserData() throws Exception {
        ServerAssignmentAnswer saa = sar(ALICE, ALICE_IMPU, ServerAssignmentType.REGISTRATION);
        assertEquals(DiameterResult.SUCCESS, saa.result());
        assertTrue(saa.userData().contains("<IMSSubscription"), saa.userData());
        assertTrue(saa.userData().contains("<PrivateID>alice@domain1.test</PrivateID>"), saa.userData());
        assertTrue(saa.userData().contains("tel:+15551001"), "implicit set in User-Data");
        assertTrue(saa.userData().contains("<InitialFilterCriteria>"), "iFC in User-Data");

        UserAuthorizationAnswer again = uar(ALICE, ALICE_IMPU, REALM);
        assertEquals(DiameterResult.SUBSEQUENT_REGISTRATION, again.result());
        assertEquals(SCSCF, again.serverName());
        LocationInfoAnswer lia = lir("tel:+15551001");
        assertEquals(DiameterResult.SUCCESS, lia.result(), "implicitly registered alias");
        assertEquals(SCSCF, lia.serverName());
    }

    @Test
    @Order(5)
    void errorsFollowTs29229() throws Exception {
        assertEquals(DiameterResult.ERROR_USER_UNKNOWN, uar("mallory@domain1.test", "sip:mallory@domain1.test",
                REALM).result());
        assertEquals(DiameterResult.ERROR_IDENTITIES_DONT_MATCH, uar("bob@domain1.test", ALICE_IMPU, REALM).result());
        assertEquals(DiameterResult.AUTHORIZATION_REJECTED, uar(ALICE, "sip:alice-barred@domain1.test", REALM)
                .result(), "barred identity");
        assertEquals(DiameterResult.ERROR_USER_UNKNOWN, lir("sip:nobody@domain1.test").result());
        LocationInfoAnswer bob = lir("sip:bob@domain1.test");
        assertEquals(DiameterResult.UNREGISTERED_SERVICE, bob.result(), "bob is not registered but has services");
        assertEquals(SCSCF, bob.serverName(), "the S-CSCF stored by bob's MAR (authentication pending)");
        LocationInfoAnswer room = lir("sip:chat-room1@domain1.test");
        assertEquals(DiameterResult.UNREGISTERED_SERVICE, room.result(), "wildcarded PSI with services");
        assertNull(room.serverName());
        assertNotNull(room.capabilities(), "capabilities so that the I-CSCF can pick an S-CSCF");
        assertEquals("sip:chat-!.*!@domain1.test", room.wildcardedPublicIdentity());
        ServerAssignmentAnswer unregistered = sar(null, "sip:bob@domain1.test",
                ServerAssignmentType.UNREGISTERED_USER);
        assertEquals(DiameterResult.SUCCESS, unregistered.result());
        assertEquals("bob@domain1.test", unregistered.userName(), "the HSS picks bob's private identity");
        assertNotNull(unregistered.userData(), "the profile, for terminating-unregistered services");
        assertTrue(unregistered.userData().contains("<InitialFilterCriteria>"), unregistered.userData());
    }

    @Test
    @Order(6)
    void malformedRequestsGetDiameterErrors() throws Exception {
        Answer missing = lab.client().send(Application.CX, Command.UAR, REALM, null,
                w -> w.text(Avps.USER_NAME, ALICE)).get(5, TimeUnit.SECONDS);
        assertEquals(DiameterResult.MISSING_AVP, DiameterText.result(missing));
        assertTrue(new AvpReader(missing.getAvps()).requireGroup(Avps.FAILED_AVP).has(Avps.PUBLIC_IDENTITY));

        Answer unsupported = lab.client().send(Application.CX, Command.RTR, REALM, null,
                w -> w.text(Avps.USER_NAME, ALICE)).get(5, TimeUnit.SECONDS);
        assertEquals(DiameterResult.COMMAND_UNSUPPORTED, DiameterText.result(unsupported));
        assertTrue(unsupported.isError());
    }

    @Test
    @Order(7)
    void restartKeepsSubscribersRegistrationsAndSqn() throws Exception {
        lab.close();
        String log = Files.readString(dir.resolve("hss1.log"));
        assertTrue(log.contains("subscriber store closed"), "clean SIGTERM shutdown:\n" + log);
        lab = HssLab.start(dir, hssPort, clientPort, List.of("-Xmx256m"), "");
        cx = new CxClient(lab.client());
        LocationInfoAnswer lia = lir(ALICE_IMPU);
        assertEquals(DiameterResult.SUCCESS, lia.result(), "registration survived the restart");
        assertEquals(SCSCF, lia.serverName());
        // the SQN kept advancing from where it was: a USIM at the resynchronised SQN accepts the new vector
        Usim usim = new Usim(new org.imstb.common.aka.Milenage(ALICE_K, ALICE_OPC), 1L << 40, Usim.DEFAULT_MAX_JUMP);
        byte[] nonce = mar(ALICE, ALICE_IMPU, "Digest-AKAv1-MD5", null).items().get(0).authenticate();
        assertInstanceOf(Usim.Success.class, usim.authenticate(Arrays.copyOfRange(nonce, 0, 16),
                Arrays.copyOfRange(nonce, 16, 32)));
        assertEquals(DiameterResult.SUCCESS, sar(ALICE, ALICE_IMPU, ServerAssignmentType.USER_DEREGISTRATION)
                .result());
        LocationInfoAnswer after = lir(ALICE_IMPU);
        assertEquals(DiameterResult.UNREGISTERED_SERVICE, after.result(), "deregistered, services remain");
        assertNull(after.serverName(), "S-CSCF name forgotten on USER_DEREGISTRATION");
    }
}
