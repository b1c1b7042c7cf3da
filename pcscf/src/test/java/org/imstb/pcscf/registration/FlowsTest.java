package org.imstb.pcscf.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javax.sip.address.SipURI;
import javax.sip.header.ViaHeader;

import gov.nist.javax.sip.address.AddressFactoryImpl;
import gov.nist.javax.sip.header.HeaderFactoryImpl;

import org.junit.jupiter.api.Test;

/** Flow keys: the same {@code host:port} from a UE's Contact and from the Via of its requests. */
class FlowsTest {
    private static final String LOOPBACK_5062 = "0:0:0:0:0:0:0:1:5062";

    private static SipURI uri(String text) throws Exception {
        return (SipURI) new AddressFactoryImpl().createURI(text);
    }

    private static ViaHeader via(String value) throws Exception {
        return (ViaHeader) new HeaderFactoryImpl().createHeader(ViaHeader.NAME, value);
    }

    @Test
    void ipv6LiteralFormsGiveOneKey() {
        assertEquals(LOOPBACK_5062, Flows.key("[::1]", 5062));
        assertEquals(LOOPBACK_5062, Flows.key("::1", 5062));
        assertEquals(LOOPBACK_5062, Flows.key("0:0:0:0:0:0:0:1", 5062));
        assertEquals(LOOPBACK_5062, Flows.key("[0000:0000:0000:0000:0000:0000:0000:0001]", 5062));
        assertEquals("2001:db8:1:0:0:0:0:10:5062", Flows.key("[2001:DB8:1::10]", 5062));
    }

    @Test
    void portDefaultsTo5060() {
        assertEquals("0:0:0:0:0:0:0:1:5060", Flows.key("[::1]", -1));
        assertEquals("0:0:0:0:0:0:0:1:5060", Flows.key("::1", 0));
        assertEquals("ue1.domain1.test:5060", Flows.key("UE1.Domain1.test", -1));
        assertEquals("192.0.2.7:5070", Flows.key("192.0.2.7", 5070));
    }

    @Test
    void fromContact() throws Exception {
        assertEquals(LOOPBACK_5062, Flows.of(uri("sip:alice@[::1]:5062;transport=udp")));
        assertEquals("0:0:0:0:0:0:0:1:5060", Flows.of(uri("sip:alice@[::1]")));
        assertEquals("2001:db8:1:0:0:0:0:10:5062", Flows.of(uri("sip:alice@[2001:db8:1::10]:5062")));
    }

    @Test
    void fromViaSentBy() throws Exception {
        assertEquals("2001:db8:1:0:0:0:0:10:5062", Flows.of(via("SIP/2.0/UDP [2001:db8:1::10]:5062;branch=z9hG4bK1")));
        assertEquals("2001:db8:1:0:0:0:0:10:5060", Flows.of(via("SIP/2.0/UDP [2001:db8:1::10];branch=z9hG4bK1")));
    }

    @Test
    void receivedAndRportArePreferredOverSentBy() throws Exception {
        assertEquals("2001:db8:1:0:0:0:0:11:6000", Flows.of(via(
                "SIP/2.0/UDP [2001:db8:1::10]:5062;branch=z9hG4bK1;received=2001:DB8:1::11;rport=6000")));
        assertEquals("2001:db8:1:0:0:0:0:11:5062", Flows.of(via(
                "SIP/2.0/UDP [2001:db8:1::10]:5062;branch=z9hG4bK1;received=2001:db8:1::11")));
        assertEquals("2001:db8:1:0:0:0:0:10:6000", Flows.of(via(
                "SIP/2.0/UDP [2001:db8:1::10]:5062;branch=z9hG4bK1;rport=6000")));
        assertEquals("2001:db8:1:0:0:0:0:10:5062", Flows.of(via(
                "SIP/2.0/UDP [2001:db8:1::10]:5062;branch=z9hG4bK1;rport")), "rport without a value");
    }

    @Test
    void contactAndViaOfOneUeMatch() throws Exception {
        assertEquals(Flows.of(uri("sip:alice@[2001:db8:1::10]:5062")),
                Flows.of(via("SIP/2.0/UDP [2001:0db8:0001:0000:0000:0000:0000:0010]:5062;branch=z9hG4bK1")));
        assertEquals(Flows.of(uri("sip:alice@[::1]:5062")),
                Flows.of(via("SIP/2.0/UDP ue.domain1.test:5070;branch=z9hG4bK1;received=::1;rport=5062")));
    }
}
