package org.imstb.topology.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PeerAddressTest {
    @Test
    void jainSipWritesBothForms() {
        assertEquals(new PeerAddress("::1", 40979), PeerAddress.parse("[0:0:0:0:0:0:0:1]:40979"));
        assertEquals(new PeerAddress("::1", 36709), PeerAddress.parse("0:0:0:0:0:0:0:1:36709"));
        assertEquals(new PeerAddress("fd00:0:0:1::10", 5060), PeerAddress.parse("fd00:0:0:1:0:0:0:10:5060"));
    }

    @Test
    void addressesWithoutPort() {
        assertEquals(new PeerAddress("fd00:0:0:1::10", -1), PeerAddress.parse("fd00:0:0:1:0:0:0:10"));
        assertEquals(new PeerAddress("fd00:0:0:1::10", -1), PeerAddress.parse("fd00:0:0:1::10"));
        assertEquals(new PeerAddress("fd00::1", 5060), PeerAddress.parse("[fd00::1%eth0]:5060"));
        assertEquals(new PeerAddress("10.0.0.1", 5060), PeerAddress.parse("10.0.0.1:5060"));
    }

    @Test
    void namesAndDiameterIdentities() {
        PeerAddress p = PeerAddress.parse("HSS.domain1.test:3868");
        assertEquals(new PeerAddress("hss.domain1.test", 3868), p);
        assertFalse(p.isIp());
        assertEquals(new PeerAddress("icscf.domain1.test", -1), PeerAddress.parse("icscf.domain1.test"));
        assertTrue(PeerAddress.parse("::1").isIp());
    }

    @Test
    void rfc5952Text() {
        assertEquals("2001:db8::1:0:0:1", PeerAddress.normalizeHost("2001:db8:0:0:1:0:0:1"));
        assertEquals("::", PeerAddress.normalizeHost("0:0:0:0:0:0:0:0"));
        assertEquals("1::", PeerAddress.normalizeHost("1:0:0:0:0:0:0:0"));
        assertEquals("2001:db8:0:1:1:1:1:1", PeerAddress.normalizeHost("2001:DB8:0:1:1:1:1:1"));
        assertEquals("::ffff:a00:1", PeerAddress.normalizeHost("::ffff:10.0.0.1"));
    }

    @Test
    void printsAsPeopleWriteIt() {
        assertEquals("[::1]:5060", new PeerAddress("::1", 5060).toString());
        assertEquals("hss.domain1.test", new PeerAddress("hss.domain1.test", -1).toString());
    }
}
