package org.imstb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

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
        lab = CoreLab.start(dir, List.of("-Xmx192m"), new CoreLab.Overrides("", "", "", ""));
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
    void akaRegistrationRegistersTheImplicitSet() throws Exception {
        try (Ue alice = ue("sip:alice@domain1.test", Credentials.aka(ALICE_K, ALICE_OPC, 0))) {
            RegistrationResult r = alice.register(600);
            assertEquals(200, r.status(), r.reason());
            assertEquals(List.of("sip:alice@domain1.test", "tel:+15551001"), r.associatedUris());
            assertFalse(r.associatedUris().contains("sip:alice-barred@domain1.test"));
            assertEquals(200, alice.deregister().status());
        }
    }
}
