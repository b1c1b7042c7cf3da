package org.imstb.common.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/** The locator and ENUM resolver against a real DNS server on a free port of [::1], over UDP and TCP. */
class LocatorOverNetworkTest {
    private static final String ZONE = """
            $TTL 300
            @ IN SOA ns.domain2.test. hostmaster.domain2.test. 1 3600 600 86400 30
            @ IN NS ns
            @ IN NAPTR 10 50 "s" "SIP+D2U" "" _sip._udp
            @ IN NAPTR 20 50 "s" "SIP+D2T" "" _sip._tcp
            _sip._udp IN SRV 0 0 5060 icscf
            _sip._tcp IN SRV 0 0 5060 icscf
            icscf IN AAAA fd00:2::11
            ns IN AAAA fd00:3::53
            """;
    private static TinyDnsServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new TinyDnsServer("domain2.test.", ZONE);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void locatesOverUdpAndCaches() {
        SipServerLocator locator = SipServerLocator.create(DnsClientConfig.of("::1", server.port()));
        List<String> expected = List.of("UDP icscf.domain2.test [fd00:2:0:0:0:0:0:11]:5060",
                "TCP icscf.domain2.test [fd00:2:0:0:0:0:0:11]:5060");
        int before = server.queries.get();
        assertEquals(expected, locator.locate("sip:bob@domain2.test").stream().map(SipTarget::toString).toList());
        int asked = server.queries.get() - before;
        assertEquals(expected, locator.locate("sip:bob@domain2.test").stream().map(SipTarget::toString).toList());
        assertEquals(before + asked, server.queries.get(), "second lookup served from the cache");
    }

    @Test
    void locatesOverTcp() {
        DnsClientConfig tcp = new DnsClientConfig("::1", server.port(), true, 2000, null, null);
        assertEquals("UDP icscf.domain2.test [fd00:2:0:0:0:0:0:11]:5060",
                SipServerLocator.create(tcp).locate("sip:domain2.test").get(0).toString());
    }

    @Test
    void negativeAnswersCarryTheSoaTtl() throws Exception {
        ResolverSource r = new ResolverSource(new InetSocketAddress("::1", server.port()), false,
                Duration.ofSeconds(2));
        DnsAnswer nx = r.query(Name.fromString("nobody.domain2.test."), Type.AAAA);
        assertEquals(DnsAnswer.Status.NX_DOMAIN, nx.status());
        assertEquals(30, nx.ttlSeconds());
        assertEquals(DnsAnswer.Status.NO_DATA, r.query(Name.fromString("icscf.domain2.test."), Type.SRV).status());
    }

    @Test
    void enumOverTheNetworkFindsNothingOutsideTheZone() {
        EnumResolver e = new EnumResolver(DnsClientConfig.of("::1", server.port()).newSource(), "domain2.test");
        assertEquals(Optional.empty(), e.toSipUri("+15551001"));
    }

    @Test
    void silentServerIsALookupFailure() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("::1"), 0))) {
            DnsClientConfig c = new DnsClientConfig("::1", silent.getLocalPort(), false, 300, null, null);
            assertThrows(DnsLookupException.class, () -> SipServerLocator.create(c).locate("sip:domain2.test"));
        }
    }
}
