package org.imstb.ue.as;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.sip.message.Request;

import org.imstb.common.sh.DataReference;
import org.imstb.common.sh.data.RepositoryData;
import org.imstb.ue.as.sh.ServiceData;
import org.imstb.ue.as.sh.ShAccess;
import org.imstb.ue.as.testing.AsHarness;
import org.imstb.ue.as.testing.ShHss;
import org.imstb.ue.as.testing.SipPeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The thirdparty and voicemail services with Sh configured, against a real HSS: what they leave in the users'
 * repository data after real SIP requests (the peer plays the S-CSCF), and that SIP never depends on Sh.
 */
class ServicesOverShTest {
    static final String ALICE = "sip:alice@domain1.test";
    static final String BOB = "sip:bob@domain1.test";

    @TempDir
    static Path dir;
    static ShHss hss;
    static AsHarness as;
    static SipPeer scscf;
    static ShAccess sh;

    @BeforeAll
    static void start() throws Exception {
        hss = ShHss.start(dir);
        as = AsHarness.start(dir, """
                    thirdparty: {type: thirdparty}
                    voicemail: {type: voicemail}
                """, hss.asConfig());
        as.awaitReady(20_000);
        sh = as.node().sh().orElseThrow();
        scscf = SipPeer.start("scscf");
    }

    @AfterAll
    static void stop() {
        if (scscf != null) {
            scscf.close();
        }
        if (as != null) {
            as.close();
        }
        if (hss != null) {
            hss.close();
        }
    }

    /** A third-party REGISTER as TS 24.229 §5.4.1.7 has it: From/Contact the S-CSCF, To the user. */
    private Request register(String user, int expires) throws Exception {
        Request r = scscf.request(Request.REGISTER, as.uri("thirdparty"), scscf.uri(null));
        r.setHeader(scscf.sip().headers().createToHeader(scscf.sip().addresses().createAddress(user), null));
        r.setHeader(scscf.sip().headers().createContactHeader(scscf.sip().addresses().createAddress(
                scscf.uri(null))));
        r.addHeader(scscf.sip().headers().createExpiresHeader(expires));
        return r;
    }

    /** The repository data once {@code element} reads {@code count} (UDRs through the AS's Sh), failing after 10 s. */
    private static RepositoryData awaitCount(String user, String serviceIndication, String element, int count)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Optional<RepositoryData> data = Optional.empty();
        while (System.nanoTime() < deadline) {
            data = sh.repositoryData(user, serviceIndication).get(5, TimeUnit.SECONDS);
            if (data.isPresent() && ServiceData.count(data.get().serviceData(), element) == count) {
                return data.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + element + " " + count + " in " + serviceIndication + " of " + user + ": "
                + data);
    }

    @Test
    void twoThirdPartyRegistersLeaveTwoRegistrationsInTheHss() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        assertEquals(200, scscf.call(register(ALICE, 600)).getStatusCode());
        assertEquals(200, scscf.call(register(ALICE, 600)).getStatusCode(), "a re-registration");
        RepositoryData data = awaitCount(ALICE, "imstb-example", "registrations", 2);
        assertEquals(1, data.sequenceNumber(), "created with 0, then updated once");
        assertTrue(data.serviceData().startsWith("<registrations>2</registrations><lastSeen>"), data.serviceData());
        Instant lastSeen = Instant.parse(ServiceData.text(data.serviceData(), "lastSeen"));
        assertFalse(lastSeen.isBefore(before), data.serviceData());
        assertEquals(Optional.of(data), hss.node().store().sh().repositoryData(ALICE, "imstb-example"),
                "as the HSS stores it");

        // subscribed once to the user's IMSUserState
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (hss.node().store().sh().subscriptions(ALICE, DataReference.IMS_USER_STATE, null).isEmpty()
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(ShHss.AS, hss.node().store().sh().subscriptions(ALICE, DataReference.IMS_USER_STATE, null)
                .get(0).asHost());
        String snrOk = "imstb_as_sh_total{operation=\"snr\",outcome=\"ok\"} ";
        awaitMetric(snrOk + "1\n");

        assertEquals(200, scscf.call(register(ALICE, 0)).getStatusCode(), "a deregistration is not counted");
        assertEquals(200, scscf.call(register(ALICE, 600)).getStatusCode());
        awaitCount(ALICE, "imstb-example", "registrations", 3);
        assertTrue(as.metrics().contains(snrOk + "1\n"), "subscribed once per user: " + as.metrics());
    }

    private static void awaitMetric(String line) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!as.metrics().contains(line) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(as.metrics().contains(line), line + " in " + as.metrics());
    }

    @Test
    void eachStoredMessageWritesTheUsersMessageCount() throws Exception {
        for (String text : new String[] {"one", "two"}) {
            Request m = scscf.request(Request.MESSAGE, BOB, ALICE, as.route("voicemail"));
            m.addHeader(scscf.sip().headers().createHeader("P-Served-User", "<" + BOB + ">;sescase=term"));
            scscf.body(m, "text", "plain", text);
            assertEquals(200, scscf.call(m).getStatusCode());
        }
        RepositoryData data = awaitCount(BOB, "imstb-voicemail", "messages", 2);
        assertEquals("<messages>2</messages>", data.serviceData());
    }

    @Test
    void sipDoesNotDependOnSh() throws Exception {
        // the HSS does not know the user: every Sh request fails, the REGISTER is still answered and recorded
        assertEquals(200, scscf.call(register("sip:stranger@domain1.test", 600)).getStatusCode());
        assertTrue(as.service("thirdparty", org.imstb.ue.as.thirdparty.ThirdPartyService.class).registrations()
                .get("sip:stranger@domain1.test", System.currentTimeMillis()).isPresent());
        awaitMetric("imstb_as_sh_total{operation=\"update\",outcome=\"failed\"}");
        awaitMetric("imstb_as_sh_total{operation=\"snr\",outcome=\"failed\"}");
    }
}
