package org.imstb.common.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.sip.SipFactory;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import org.junit.jupiter.api.Test;

class SipDestinationTest {
    @Test
    void hostOnly() {
        assertEquals(new SipDestination("domain2.test", null, null, false),
                SipDestination.parse("sip:bob@domain2.test"));
    }

    @Test
    void portTransportAndParameters() {
        assertEquals(new SipDestination("icscf.domain1.test", 5070, SipTransport.TCP, false),
                SipDestination.parse("sip:icscf.domain1.test:5070;transport=TCP;lr"));
    }

    @Test
    void ipv6Reference() {
        SipDestination d = SipDestination.parse("sip:alice@[fd00:1::11]:5062;lr");
        assertEquals("fd00:1::11", d.host());
        assertEquals(5062, d.port());
        assertTrue(d.numericHost());
    }

    @Test
    void sipsWithTcpMeansTls() {
        assertEquals(new SipDestination("d.test", null, SipTransport.TLS, true),
                SipDestination.parse("sips:d.test;transport=tcp"));
    }

    @Test
    void maddrWins() {
        assertEquals("fd00::9", SipDestination.parse("sip:x@d.test;maddr=[fd00::9]").host());
    }

    @Test
    void fromJainSipUri() throws Exception {
        AddressFactory af = SipFactory.getInstance().createAddressFactory();
        SipURI uri = (SipURI) af.createURI("sip:bob@domain2.test:5070;transport=tcp");
        assertEquals(new SipDestination("domain2.test", 5070, SipTransport.TCP, false), SipDestination.of(uri));
        SipURI v6 = (SipURI) af.createURI("sips:[fd00:2::11]");
        assertEquals(new SipDestination("fd00:2::11", null, null, true), SipDestination.of(v6));
    }

    @Test
    void badUris() {
        assertThrows(IllegalArgumentException.class, () -> SipDestination.parse("tel:+15551001"));
        assertThrows(IllegalArgumentException.class, () -> SipDestination.parse("sip:d.test:abc"));
        assertThrows(IllegalArgumentException.class, () -> SipDestination.parse("sip:d.test;transport=sctp"));
        assertThrows(IllegalArgumentException.class, () -> SipDestination.parse("sips:d.test;transport=udp"));
        assertThrows(IllegalArgumentException.class, () -> SipDestination.parse("sip:[fd00::1"));
    }
}
