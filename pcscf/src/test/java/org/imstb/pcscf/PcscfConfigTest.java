package org.imstb.pcscf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** P-CSCF configuration defaults. */
class PcscfConfigTest {

    private static PcscfConfig withIcscf(String icscf) {
        return new PcscfConfig(null, null, null, icscf, null, null, null);
    }

    @Test
    void visitedNetworkIdDefaultsToTheIcscfDomain() {
        assertEquals("domain1.test", withIcscf("sip:icscf.domain1.test:5060").visitedNetworkId());
        assertEquals("domain2.test", withIcscf("sip:icscf.domain2.test").visitedNetworkId());
        assertEquals("domain2.test", withIcscf("sip:icscf.domain2.test;transport=tcp").visitedNetworkId());
        assertEquals("domain1.test", withIcscf("sips:icscf.domain1.test:5061").visitedNetworkId());
    }

    @Test
    void aSingleLabelHostIsItsOwnNetwork() {
        assertEquals("icscf", withIcscf("sip:icscf:5060").visitedNetworkId());
    }

    @Test
    void anExplicitVisitedNetworkIdIsKept() {
        PcscfConfig c = new PcscfConfig(null, null, null, "sip:icscf.domain1.test:5060", "visited.example", null, null);
        assertEquals("visited.example", c.visitedNetworkId());
    }

    @Test
    void withoutAnIcscfThereIsNoDefault() {
        assertNull(withIcscf(null).visitedNetworkId());
    }

    @Test
    void otherDefaults() {
        PcscfConfig c = withIcscf("sip:icscf.domain1.test:5060");
        assertTrue(c.regEvent());
        assertEquals(600000, c.regEventExpires());
        assertEquals("sip:icscf.domain1.test:5060", c.icscf());

        PcscfConfig off = new PcscfConfig(null, null, null, "sip:icscf.domain1.test", null, false, 3600);
        assertFalse(off.regEvent());
        assertEquals(3600, off.regEventExpires());
    }

    @Test
    void anIcscfGivenByAddressKeepsTheAddress() {
        assertEquals("[2001:db8:1::5]", withIcscf("sip:[2001:db8:1::5]:5060").visitedNetworkId());
        assertEquals("192.0.2.10", withIcscf("sip:192.0.2.10:5060").visitedNetworkId());
    }
}
