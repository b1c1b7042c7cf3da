package org.imstb.common.sip.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sip.message.Request;

import gov.nist.javax.sip.message.MessageFactoryImpl;

import org.junit.jupiter.api.Test;

/** Previous hops are trusted by a verified Via name, next hops by the name they are sent to. */
class PeerTrustTest {
    private static final Map<String, String> HOSTS = Map.of(
            "pcscf.domain1.test", "fd00:0:0:1::10",
            "icscf.domain2.test", "fd00:0:0:2::11",
            "ue.domain9.test", "fd00:0:0:9::100");

    private final AtomicInteger lookups = new AtomicInteger();
    private final AtomicLong now = new AtomicLong(1000);
    private final PeerTrust trust = new PeerTrust(new TrustDomain("domain1.test", List.of("domain2.test")), host -> {
        lookups.incrementAndGet();
        String a = HOSTS.get(host);
        return a == null ? List.of() : List.of(address(a));
    }, now::get);

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Request request(String via, String route) throws Exception {
        String text = "INVITE sip:carol@domain2.test SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP " + via + "\r\n"
                + (route == null ? "" : "Route: " + route + "\r\n")
                + "From: <sip:alice@domain1.test>;tag=1\r\nTo: <sip:carol@domain2.test>\r\n"
                + "Call-ID: c1\r\nCSeq: 1 INVITE\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n";
        return new MessageFactoryImpl().createRequest(text);
    }

    @Test
    void aCoreNodeWhoseNameMatchesItsAddressIsTrusted() throws Exception {
        Request r = request("pcscf.domain1.test:5060;branch=z9hG4bK1;rport=5060;received=fd00:0:0:1:0:0:0:10", null);
        assertTrue(trust.fromTrusted(r));
        assertTrue(trust.fromOwnDomain(r));
        Request other = request("icscf.domain2.test:5060;branch=z9hG4bK1;received=fd00:0:0:2::11", null);
        assertTrue(trust.fromTrusted(other));
        assertFalse(trust.fromOwnDomain(other));
    }

    @Test
    void aBorrowedNameAnAddressOrAnUntrustedDomainIsNot() throws Exception {
        assertFalse(trust.fromTrusted(request("pcscf.domain1.test:5060;branch=z9hG4bK1;received=fd00:0:0:1::100",
                null)), "the name resolves elsewhere");
        assertFalse(trust.fromTrusted(request("[fd00:0:0:1::10]:5060;branch=z9hG4bK1", null)), "an address");
        assertFalse(trust.fromTrusted(request("ue.domain9.test:5060;branch=z9hG4bK1;received=fd00:0:0:9::100",
                null)), "not a trusted domain");
        assertFalse(trust.fromTrusted(request("nobody.domain1.test;branch=z9hG4bK1;received=fd00::1", null)));
    }

    @Test
    void resolutionsAreCached() throws Exception {
        Request r = request("pcscf.domain1.test:5060;branch=z9hG4bK1;received=fd00:0:0:1::10", null);
        trust.fromTrusted(r);
        trust.fromTrusted(r);
        assertEquals(1, lookups.get());
        now.addAndGet(61_000);
        trust.fromTrusted(r);
        assertEquals(2, lookups.get());
    }

    @Test
    void theNextHopIsTheTopRouteElseTheRequestUri() throws Exception {
        assertTrue(trust.toTrusted(request("x;branch=z9hG4bK1", null)), "domain2.test");
        assertTrue(trust.toTrusted(request("x;branch=z9hG4bK1", "<sip:orig@scscf.domain1.test:5060;lr>")));
        assertFalse(trust.toTrusted(request("x;branch=z9hG4bK1", "<sip:[fd00:0:0:1::100]:5062;lr>")));
        assertFalse(trust.toTrusted(request("x;branch=z9hG4bK1", "<sip:icscf.domain3.test;lr>")));
    }
}
