package org.imstb.scscf.session;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import javax.sip.message.Request;

import gov.nist.javax.sip.message.MessageFactoryImpl;

import org.imstb.common.sip.privacy.PeerTrust;
import org.imstb.common.sip.privacy.TrustDomain;
import org.junit.jupiter.api.Test;

/** What the S-CSCF sends to a next hop outside the trust domain loses a private asserted identity (RFC 3325 §5). */
class OutboundPrivacyTest {
    private final PeerTrust trust = new PeerTrust(new TrustDomain("domain1.test", List.of("domain2.test")),
            host -> List.of());

    private static Request invite(String target, String privacy) throws Exception {
        return new MessageFactoryImpl().createRequest("INVITE " + target + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP pcscf.domain1.test;branch=z9hG4bK1\r\n"
                + "From: <sip:alice@domain1.test>;tag=1\r\nTo: <" + target + ">\r\n"
                + "Call-ID: c1\r\nCSeq: 1 INVITE\r\nMax-Forwards: 69\r\n"
                + "P-Asserted-Identity: <sip:alice@domain1.test>\r\n"
                + (privacy == null ? "" : "Privacy: " + privacy + "\r\n") + "Content-Length: 0\r\n\r\n");
    }

    @Test
    void privateIdentityStaysInsideTheTrustDomain() throws Exception {
        Request trusted = invite("sip:carol@domain2.test", "id");
        SessionRouter.outbound(trust).accept(trusted);
        assertNotNull(trusted.getHeader("P-Asserted-Identity"));
        Request foreign = invite("sip:eve@domain3.test", "id");
        SessionRouter.outbound(trust).accept(foreign);
        assertNull(foreign.getHeader("P-Asserted-Identity"));
        Request open = invite("sip:eve@domain3.test", null);
        SessionRouter.outbound(trust).accept(open);
        assertNotNull(open.getHeader("P-Asserted-Identity"), "no privacy asked");
    }
}
