package org.imstb.common.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HostsTest {
    @Test
    void ipLiteralsAreIpv6TextBracketsOrDigitsAndDots() {
        assertTrue(Hosts.isIpLiteral("2001:db8::1"));
        assertTrue(Hosts.isIpLiteral("[2001:db8::1]"));
        assertTrue(Hosts.isIpLiteral("192.0.2.1"));
        assertTrue(Hosts.isIpLiteral("10"));
        assertFalse(Hosts.isIpLiteral("pcscf.domain1.test"));
        assertFalse(Hosts.isIpLiteral("host1.example"));
        assertFalse(Hosts.isIpLiteral(""));
    }

    @Test
    void aDottedQuadHasFourRunsOfDigits() {
        assertTrue(Hosts.isDottedQuad("192.0.2.1"));
        assertFalse(Hosts.isDottedQuad("192.0.2"));
        assertFalse(Hosts.isDottedQuad("192.0.2.1.5"));
        assertFalse(Hosts.isDottedQuad("192..2.1"));
        assertFalse(Hosts.isDottedQuad("192.0.2."));
        assertFalse(Hosts.isDottedQuad(".192.0.2"));
        assertFalse(Hosts.isDottedQuad("192.0.2.a"));
        assertFalse(Hosts.isDottedQuad(""));
    }

    @Test
    void theZoneOfAnIpv6AddressIsRemoved() {
        assertEquals("fe80::1", Hosts.withoutZone("fe80::1%eth0"));
        assertEquals("2001:db8::1", Hosts.withoutZone("2001:db8::1"));
    }
}
