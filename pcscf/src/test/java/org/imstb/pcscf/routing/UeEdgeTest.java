package org.imstb.pcscf.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;

import javax.sip.message.Request;
import javax.sip.message.Response;

import gov.nist.javax.sip.header.ims.PChargingVectorHeader;
import gov.nist.javax.sip.message.MessageFactoryImpl;

import org.imstb.common.sip.privacy.PeerTrust;
import org.imstb.common.sip.privacy.TrustDomain;
import org.junit.jupiter.api.Test;

/** The P-CSCF as the edge of the trust domain towards UEs (RFC 3325, RFC 3455, TS 24.229 §4.4). */
class UeEdgeTest {
    private final UeEdge edge = new UeEdge(new PeerTrust(new TrustDomain("domain2.test", List.of("domain1.test")),
            host -> host.equals("scscf.domain2.test") ? List.of(address("fd00:0:0:2::12")) : List.of()));

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A terminating INVITE as the S-CSCF sends it, our Route entry already removed. */
    private static Request toUe(String privacy) throws Exception {
        return new MessageFactoryImpl().createRequest("INVITE sip:carol@[fd00:0:0:2::100]:5062 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP scscf.domain2.test:5060;branch=z9hG4bK2;received=fd00:0:0:2::12\r\n"
                + "From: <sip:alice@domain1.test>;tag=1\r\nTo: <sip:carol@domain2.test>\r\n"
                + "Call-ID: c1\r\nCSeq: 1 INVITE\r\nMax-Forwards: 68\r\n"
                + "P-Asserted-Identity: <sip:alice@domain1.test>\r\n"
                + (privacy == null ? "" : "Privacy: " + privacy + "\r\n")
                + "P-Charging-Vector: icid-value=abc;orig-ioi=domain1.test\r\n"
                + "Content-Length: 0\r\n\r\n");
    }

    @Test
    void towardsTheUePrivacyWithholdsTheIdentityAndTheVectorStaysInside() throws Exception {
        Request hidden = toUe("id");
        assertTrue(UeEdge.towardsUe(hidden));
        edge.outbound(hidden);
        assertNull(hidden.getHeader("P-Asserted-Identity"));
        assertNull(hidden.getHeader("P-Charging-Vector"));
        Request shown = toUe(null);
        edge.outbound(shown);
        assertNotNull(shown.getHeader("P-Asserted-Identity"));
        assertNull(shown.getHeader("P-Charging-Vector"));
    }

    @Test
    void towardsTheCoreOnlyUntrustedHopsLoseThePrivateIdentity() throws Exception {
        Request core = toUe("id");
        core.addHeader(new gov.nist.javax.sip.header.HeaderFactoryImpl().createHeader("Route",
                "<sip:orig@scscf.domain2.test:5060;lr>"));
        assertFalse(UeEdge.towardsUe(core));
        edge.outbound(core);
        assertNotNull(core.getHeader("P-Asserted-Identity"));
        assertNotNull(core.getHeader("P-Charging-Vector"));
        core.setHeader(new gov.nist.javax.sip.header.HeaderFactoryImpl().createHeader("Route",
                "<sip:as.elsewhere.test;lr>"));
        edge.outbound(core);
        assertNull(core.getHeader("P-Asserted-Identity"));
    }

    @Test
    void onlyTheCoreIsTrusted() throws Exception {
        assertTrue(edge.fromTrusted(toUe(null)));
        Request fromUe = new MessageFactoryImpl().createRequest("BYE sip:alice@[fd00:0:0:1::100]:5062 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP [fd00:0:0:2::100]:5062;branch=z9hG4bK3\r\n"
                + "From: <sip:carol@domain2.test>;tag=2\r\nTo: <sip:alice@domain1.test>;tag=1\r\n"
                + "Call-ID: c1\r\nCSeq: 2 BYE\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n");
        assertFalse(edge.fromTrusted(fromUe));
        Request spoofed = new MessageFactoryImpl().createRequest(fromUe.toString().replace(
                "[fd00:0:0:2::100]:5062;branch=z9hG4bK3", "scscf.domain2.test;branch=z9hG4bK3;received=fd00:0:0:2::100"));
        assertFalse(edge.fromTrusted(spoofed), "a UE using the S-CSCF's name");
    }

    @Test
    void responsesFromTheUeCarryTheRequestsVectorAndNoAssertion() throws Exception {
        Request invite = toUe(null);
        Response ok = new MessageFactoryImpl().createResponse(200, invite);
        ok.setHeader(new gov.nist.javax.sip.header.HeaderFactoryImpl().createHeader("P-Asserted-Identity",
                "<sip:president@domain2.test>"));
        ok.setHeader(new gov.nist.javax.sip.header.HeaderFactoryImpl().createHeader("P-Charging-Vector",
                "icid-value=forged"));
        UeEdge.fromUe(invite).onResponse(ok);
        assertNull(ok.getHeader("P-Asserted-Identity"));
        assertEquals("abc", ((PChargingVectorHeader) ok.getHeader("P-Charging-Vector")).getICID());
        UeEdge.towardsUe().onResponse(ok);
        assertNull(ok.getHeader("P-Charging-Vector"));
    }
}
