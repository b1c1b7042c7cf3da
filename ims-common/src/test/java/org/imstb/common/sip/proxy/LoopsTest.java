package org.imstb.common.sip.proxy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import javax.sip.SipFactory;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ViaHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;

import org.junit.jupiter.api.Test;

class LoopsTest {
    private static final String INVITE = "INVITE sip:carol@domain2.test SIP/2.0\r\n"
            + "Via: SIP/2.0/UDP pcscf1.domain1.test:5060;branch=z9hG4bKabc\r\n"
            + "Route: <sip:orig@scscf1.domain1.test:5060;lr>\r\n"
            + "From: <sip:alice@domain1.test>;tag=f1\r\n"
            + "To: <sip:carol@domain2.test>\r\n"
            + "Call-ID: c1@ue\r\n"
            + "CSeq: 1 INVITE\r\n"
            + "Max-Forwards: 69\r\n"
            + "Content-Length: 0\r\n\r\n";

    private final MessageFactory messages;
    private final HeaderFactory headers;
    private final AddressFactory addresses;

    LoopsTest() throws Exception {
        SipFactory f = SipFactory.getInstance();
        f.setPathName("gov.nist");
        messages = f.createMessageFactory();
        headers = f.createHeaderFactory();
        addresses = f.createAddressFactory();
    }

    private Request invite() throws Exception {
        return ((gov.nist.javax.sip.message.MessageFactoryImpl) messages).createRequest(INVITE);
    }

    /** The request as it comes back to the S-CSCF after it forwarded it with a branch of ours. */
    private Request cameBack(Request received) throws Exception {
        Request back = (Request) received.clone();
        ViaHeader ours = headers.createViaHeader("scscf1.domain1.test", 5060, "udp", Loops.branch(received));
        back.addFirst(ours);
        back.addFirst(headers.createViaHeader("icscf1.domain1.test", 5060, "udp", "z9hG4bKxyz"));
        return back;
    }

    @Test
    void theSameRequestComingBackIsALoop() throws Exception {
        assertTrue(Loops.looped(cameBack(invite()), "scscf1.domain1.test", 5060));
    }

    @Test
    void aRequestThatCameBackChangedIsASpiral() throws Exception {
        Request back = cameBack(invite());
        back.removeFirst("Route");
        back.addFirst(headers.createRouteHeader(addresses.createAddress(
                "<sip:orig@scscf1.domain1.test:5060;lr;odi=42>")));
        assertFalse(Loops.looped(back, "scscf1.domain1.test", 5060), "new top Route: spiral");
        Request retargeted = cameBack(invite());
        retargeted.setRequestURI(addresses.createURI("sip:voicemail@domain2.test"));
        assertFalse(Loops.looped(retargeted, "scscf1.domain1.test", 5060), "new Request-URI: spiral");
    }

    @Test
    void otherHostsViasAndFreshRequestsAreNotLoops() throws Exception {
        assertFalse(Loops.looped(invite(), "scscf1.domain1.test", 5060));
        assertFalse(Loops.looped(cameBack(invite()), "scscf2.domain2.test", 5060));
        assertFalse(Loops.looped(cameBack(invite()), "scscf1.domain1.test", 5070));
    }

    @Test
    void branchesAreUniquePerBranchAndMagicCookied() throws Exception {
        String a = Loops.branch(invite());
        String b = Loops.branch(invite());
        assertNotEquals(a, b);
        assertTrue(a.startsWith("z9hG4bK"));
        assertTrue(a.substring(0, a.indexOf('.')).equals(b.substring(0, b.indexOf('.'))));
    }
}
