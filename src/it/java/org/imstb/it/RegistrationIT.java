package org.imstb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.imstb.common.sip.reginfo.ContactEvent;
import org.imstb.common.sip.reginfo.ContactState;
import org.imstb.common.sip.reginfo.RegState;
import org.imstb.common.sip.reginfo.Reginfo;
import org.imstb.ue.RegNotification;

import org.imstb.common.sip.SipConfig;
import org.imstb.common.trace.MessageObserver;
import org.imstb.topology.demo.CoreLab;
import org.imstb.ue.Credentials;
import org.imstb.ue.RegistrationResult;
import org.imstb.ue.Ue;
import org.imstb.ue.UeConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * IMS registration end to end (TS 24.228 §6.2, TS 24.229 §5.1.1, §5.2.2, §5.3.1, §5.4.1): a UE registers through
 * the P-CSCF, I-CSCF (UAR) and S-CSCF (MAR, SAR) with the HSS, each a separate process on the IPv6 loopback.
 */
class RegistrationIT {
    static final String ALICE_K = "7e0114c01987caec21efa86c9b1394db";
    static final String ALICE_OPC = "30cf8905bb2ee27420c1558292479225";

    @TempDir
    static Path dir;
    static CoreLab lab;

    @BeforeAll
    static void start() throws Exception {
        lab = CoreLab.start(dir, List.of("-Xmx192m"), new CoreLab.Overrides("", "", "  registrar: {minExpires: 2}\n", ""));
    }

    @AfterAll
    static void stop() {
        if (lab != null) {
            lab.close();
        }
    }

    static Ue ue(String impu, Credentials credentials) throws Exception {
        return Ue.start(new UeConfig(impu, null, lab.pcscfUri(), new SipConfig(null, "::1", 0, null, 2), 8000),
                credentials, MessageObserver.NONE);
    }

    @Test
    void md5DigestRegistrationGetsServiceRouteAndAssociatedIdentities() throws Exception {
        try (Ue bob = ue("sip:bob@domain1.test", Credentials.password("bob-secret"))) {
            RegistrationResult r = bob.register(600);
            assertEquals(200, r.status(), r.reason());
            assertEquals(1, r.challenges());
            assertEquals(List.of("sip:bob@domain1.test"), r.associatedUris());
            assertEquals(1, r.serviceRoute().size());
            assertTrue(r.serviceRoute().get(0).contains("scscf.domain1.test:" + lab.scscfPort()), r.serviceRoute()
                    .toString());
            assertEquals(600, r.expires(), 2.0);
            assertEquals(200, bob.deregister().status());
        }
    }

    @Test
    void registrationOverTcp() throws Exception {
        try (Ue bob = Ue.start(new UeConfig("sip:bob@domain1.test", null, lab.pcscfUri() + ";transport=tcp",
                new SipConfig(null, "::1", 0, List.of("udp", "tcp"), 2), 8000), Credentials.password("bob-secret"),
                MessageObserver.NONE)) {
            RegistrationResult r = bob.register(600);
            assertEquals(200, r.status(), r.reason());
            assertTrue(r.contacts().get(0).contains("transport=tcp"), r.contacts().toString());
            assertEquals(200, bob.subscribeRegEvent(600));
            assertNotNull(bob.awaitNotification(5000), "no NOTIFY over TCP");
            assertEquals(200, bob.deregister().status());
        }
    }

    @Test
    void akaRegistrationRegistersTheImplicitSet() throws Exception {
        try (Ue alice = ue("sip:alice@domain1.test", Credentials.aka(ALICE_K, ALICE_OPC, 0))) {
            RegistrationResult r = alice.register(600);
            assertEquals(200, r.status(), r.reason());
            assertEquals(List.of("sip:alice@domain1.test", "tel:+15551001"), r.associatedUris());
            assertFalse(r.associatedUris().contains("sip:alice-barred@domain1.test"));
            assertEquals(200, alice.deregister().status());
        }
    }

    @Test
    void akaResynchronisesWhenTheUsimIsAhead() throws Exception {
        try (Ue alice = ue("sip:alice@domain1.test", Credentials.aka(ALICE_K, ALICE_OPC, 1L << 44))) {
            RegistrationResult r = alice.register(600);
            assertEquals(200, r.status(), r.reason());
            assertTrue(r.resynchronised());
            assertEquals(2, r.challenges());
            assertEquals(200, alice.deregister().status());
        }
    }

    @Test
    void wrongPasswordGetsANewChallengeThen403() throws Exception {
        try (Ue bob = ue("sip:bob@domain1.test", Credentials.password("not-bob's"))) {
            RegistrationResult r = bob.register(600);
            assertEquals(403, r.status(), r.reason());
            assertEquals(2, r.challenges());
        }
    }

    @Test
    void unknownUserIsForbidden() throws Exception {
        try (Ue nobody = ue("sip:nobody@domain1.test", Credentials.password("x"))) {
            RegistrationResult r = nobody.register(600);
            assertEquals(403, r.status(), r.reason());
            assertEquals(0, r.challenges());
        }
    }

    @Test
    void reRegistrationOnTheLiveNonceNeedsNoChallenge() throws Exception {
        try (Ue bob = ue("sip:bob@domain1.test", Credentials.password("bob-secret"))) {
            assertEquals(200, bob.register(600).status());
            RegistrationResult again = bob.register(300);
            assertEquals(200, again.status(), again.reason());
            assertEquals(0, again.challenges());
            assertEquals(300, again.expires(), 2.0);
            assertEquals(200, bob.deregister().status());
        }
    }

    @Test
    void regEventNotifiesFullStateThenTheDeregistration() throws Exception {
        try (Ue bob = ue("sip:bob@domain1.test", Credentials.password("bob-secret"))) {
            assertEquals(200, bob.register(600).status());
            assertEquals(200, bob.subscribeRegEvent(600));
            RegNotification first = bob.awaitNotification(5000);
            assertNotNull(first, "no NOTIFY after SUBSCRIBE");
            assertEquals(Reginfo.State.FULL, first.reginfo().state());
            var reg = first.reginfo().registration("sip:bob@domain1.test").orElseThrow();
            assertEquals(RegState.ACTIVE, reg.state());
            assertEquals(bob.contactUri(), reg.contacts().get(0).uri());
            assertEquals(ContactState.ACTIVE, reg.contacts().get(0).state());

            assertEquals(200, bob.deregister().status());
            RegNotification last = bob.awaitNotification(5000);
            assertNotNull(last, "no NOTIFY after deregistration");
            assertTrue(last.terminated(), last.subscriptionState());
            var ended = last.reginfo().registration("sip:bob@domain1.test").orElseThrow();
            assertEquals(RegState.TERMINATED, ended.state());
            assertEquals(ContactEvent.UNREGISTERED, ended.contacts().get(0).event());
        }
    }

    @Test
    void registrationExpiresAndSubscribersAreTold() throws Exception {
        try (Ue bob = ue("sip:bob@domain1.test", Credentials.password("bob-secret"))) {
            assertEquals(200, bob.register(3).status());
            assertEquals(200, bob.subscribeRegEvent(600));
            assertNotNull(bob.awaitNotification(5000));
            RegNotification expired = bob.awaitNotification(8000);
            assertNotNull(expired, "no NOTIFY on expiry");
            var ended = expired.reginfo().registration("sip:bob@domain1.test").orElseThrow();
            assertEquals(ContactEvent.EXPIRED, ended.contacts().get(0).event());
            assertEquals(RegState.TERMINATED, ended.state());
        }
    }

    @Test
    void networkInitiatedDeregistrationByRtrReachesTheUeAndThePcscf() throws Exception {
        try (Ue alice = ue("sip:alice@domain1.test", Credentials.aka(ALICE_K, ALICE_OPC, 1L << 22))) {
            assertEquals(200, alice.register(600).status());
            assertEquals(200, alice.subscribeRegEvent(600));
            assertNotNull(alice.awaitNotification(5000));
            Integer mgmt = lab.node("hss1").managementPort();
            HttpResponse<String> rtr = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://[::1]:" + mgmt + "/cx/rtr?impi=alice@domain1.test&reason=1")).POST(
                    HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, rtr.statusCode(), rtr.body());
            RegNotification n = alice.awaitNotification(5000);
            assertNotNull(n, "no NOTIFY after RTR");
            assertTrue(n.terminated(), n.subscriptionState());
            var ended = n.reginfo().registration("sip:alice@domain1.test").orElseThrow();
            assertEquals(ContactEvent.DEACTIVATED, ended.contacts().get(0).event());
            Thread.sleep(500);
            assertEquals(403, alice.subscribeRegEvent(600), "the P-CSCF must have dropped the registration");
        }
    }

    static final String REGISTER = """
            REGISTER sip:domain1.test SIP/2.0
            Via: SIP/2.0/UDP [::1]:$PORT;branch=z9hG4bK%s
            Max-Forwards: 70
            From: <sip:bob@domain1.test>;tag=raw1
            To: <sip:bob@domain1.test>
            Call-ID: %s@raw
            CSeq: 1 REGISTER
            %s
            Content-Length: 0

            """;

    static String register(String headers) {
        String id = Long.toHexString(System.nanoTime());
        return REGISTER.formatted(id, id, headers);
    }

    @Test
    void malformedRegistersGetStandardAnswers() throws Exception {
        int pcscf = Integer.parseInt(lab.pcscfUri().replaceAll("^.*:", ""));
        try (RawSip raw = new RawSip()) {
            assertEquals(400, RawSip.status(raw.exchange(pcscf, register("Expires: 600"))), "no Contact");
            String brief = raw.exchange(pcscf, register("Contact: <sip:bob@[::1]:$PORT>;expires=1"));
            assertEquals(423, RawSip.status(brief), "too brief");
            assertTrue(brief.contains("Min-Expires: 2"), brief);
            assertEquals(400, RawSip.status(raw.exchange(pcscf, register(
                    "Contact: <sip:bob@[::1]:$PORT>\nAuthorization: Basic Ym9iOmJvYg=="))), "Basic auth");
            assertEquals(400, RawSip.status(raw.exchange(pcscf, register("Contact: *\nExpires: 600"))),
                    "wildcard without Expires 0");
            assertEquals(401, RawSip.status(raw.exchange(pcscf, register("Contact: <sip:bob@[::1]:$PORT>"))),
                    "a plain REGISTER is challenged");
        }
    }
}
