package org.imstb.common.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SipServerLocatorTest {
    private static final String DOMAIN1 = """
            domain1.test. 300 IN NAPTR 10 50 "s" "SIP+D2U" "" _sip._udp.domain1.test.
            domain1.test. 300 IN NAPTR 20 50 "s" "SIP+D2T" "" _sip._tcp.domain1.test.
            _sip._udp.domain1.test. 300 IN SRV 0 0 5060 icscf.domain1.test.
            _sip._tcp.domain1.test. 300 IN SRV 0 0 5061 icscf.domain1.test.
            icscf.domain1.test. 300 IN AAAA fd00:1::11
            """;

    private static List<String> locate(MapSource source, String uri) {
        return new SipServerLocator(source, EnumSet.of(SipTransport.UDP, SipTransport.TCP), new Random(1))
                .locate(uri).stream().map(SipTarget::toString).toList();
    }

    @Test
    void naptrThenSrvThenAaaa() {
        MapSource s = new MapSource().zone(DOMAIN1);
        assertEquals(List.of("UDP icscf.domain1.test [fd00:1:0:0:0:0:0:11]:5060",
                "TCP icscf.domain1.test [fd00:1:0:0:0:0:0:11]:5061"), locate(s, "sip:bob@domain1.test"));
        assertEquals(List.of("domain1.test. NAPTR", "_sip._udp.domain1.test. SRV", "icscf.domain1.test. AAAA",
                "_sip._tcp.domain1.test. SRV", "icscf.domain1.test. AAAA"), s.asked);
    }

    @Test
    void naptrOrderDecidesTheTransport() {
        MapSource s = new MapSource().zone("""
                d.test. 300 IN NAPTR 10 50 "s" "SIP+D2T" "" _sip._tcp.d.test.
                d.test. 300 IN NAPTR 20 50 "s" "SIP+D2U" "" _sip._udp.d.test.
                _sip._udp.d.test. 300 IN SRV 0 0 5060 a.d.test.
                _sip._tcp.d.test. 300 IN SRV 0 0 5060 a.d.test.
                a.d.test. 300 IN AAAA fd00::a
                """);
        assertEquals("TCP a.d.test [fd00:0:0:0:0:0:0:a]:5060", locate(s, "sip:d.test").get(0));
    }

    @Test
    void srvPriorityAndEveryAddress() {
        MapSource s = new MapSource().zone("""
                _sip._udp.d.test. 300 IN SRV 20 0 5060 backup.d.test.
                _sip._udp.d.test. 300 IN SRV 10 0 5070 main.d.test.
                main.d.test. 300 IN AAAA fd00::1
                main.d.test. 300 IN AAAA fd00::2
                backup.d.test. 300 IN AAAA fd00::3
                """);
        assertEquals(List.of("UDP main.d.test [fd00:0:0:0:0:0:0:1]:5070", "UDP main.d.test [fd00:0:0:0:0:0:0:2]:5070",
                "UDP backup.d.test [fd00:0:0:0:0:0:0:3]:5060"), locate(s, "sip:d.test"));
    }

    @Test
    void noNaptrMeansSrvForEachTransport() {
        MapSource s = new MapSource().zone("""
                _sip._tcp.d.test. 300 IN SRV 0 0 5080 a.d.test.
                a.d.test. 300 IN AAAA fd00::a
                d.test. 300 IN AAAA fd00::d
                """);
        assertEquals(List.of("TCP a.d.test [fd00:0:0:0:0:0:0:a]:5080"), locate(s, "sip:d.test"));
        assertEquals(List.of("d.test. NAPTR", "_sip._udp.d.test. SRV", "_sip._tcp.d.test. SRV", "a.d.test. AAAA"),
                s.asked);
    }

    @Test
    void unusableNaptrFallsBackToSrv() {
        MapSource s = new MapSource().zone("""
                d.test. 300 IN NAPTR 10 50 "s" "SIP+D2S" "" _sip._sctp.d.test.
                _sip._udp.d.test. 300 IN SRV 0 0 5060 a.d.test.
                a.d.test. 300 IN AAAA fd00::a
                """);
        assertEquals(List.of("UDP a.d.test [fd00:0:0:0:0:0:0:a]:5060"), locate(s, "sip:d.test"));
    }

    @Test
    void noSrvMeansAaaaWithDefaultPort() {
        MapSource s = new MapSource().zone("d.test. 300 IN AAAA fd00::d");
        assertEquals(List.of("UDP d.test [fd00:0:0:0:0:0:0:d]:5060"), locate(s, "sip:d.test"));
    }

    @Test
    void sipsUsesTlsOnly() {
        MapSource s = new MapSource().zone(DOMAIN1 + """
                domain1.test. 300 IN NAPTR 5 50 "s" "SIPS+D2T" "" _sips._tcp.domain1.test.
                _sips._tcp.domain1.test. 300 IN SRV 0 0 5065 icscf.domain1.test.
                """);
        assertEquals(List.of("TLS icscf.domain1.test [fd00:1:0:0:0:0:0:11]:5065"), locate(s, "sips:domain1.test"));
        assertEquals(List.of("TLS d.test [fd00:0:0:0:0:0:0:d]:5061"),
                locate(new MapSource().zone("d.test. 300 IN AAAA fd00::d"), "sips:d.test"));
    }

    @Test
    void explicitPortSkipsNaptrAndSrv() {
        MapSource s = new MapSource().zone(DOMAIN1);
        assertEquals(List.of("UDP icscf.domain1.test [fd00:1:0:0:0:0:0:11]:5999"),
                locate(s, "sip:icscf.domain1.test:5999"));
        assertEquals(List.of("icscf.domain1.test. AAAA"), s.asked);
        assertEquals(List.of("TCP icscf.domain1.test [fd00:1:0:0:0:0:0:11]:5999"),
                locate(s, "sip:icscf.domain1.test:5999;transport=tcp"));
    }

    @Test
    void transportWithoutPortAsksThatSrvOnly() {
        MapSource s = new MapSource().zone(DOMAIN1);
        assertEquals(List.of("TCP icscf.domain1.test [fd00:1:0:0:0:0:0:11]:5061"),
                locate(s, "sip:domain1.test;transport=tcp"));
        assertEquals(List.of("_sip._tcp.domain1.test. SRV", "icscf.domain1.test. AAAA"), s.asked);
        assertEquals(List.of("TCP icscf.domain1.test [fd00:1:0:0:0:0:0:11]:5060"),
                locate(new MapSource().zone(DOMAIN1), "sip:icscf.domain1.test;transport=tcp"));
    }

    @Test
    void numericHostAsksNothing() {
        MapSource s = new MapSource();
        assertEquals(List.of("UDP fd00:1::11 [fd00:1:0:0:0:0:0:11]:5060"), locate(s, "sip:[fd00:1::11]"));
        assertEquals(List.of("TCP fd00:1::11 [fd00:1:0:0:0:0:0:11]:5070"),
                locate(s, "sip:[fd00:1::11]:5070;transport=tcp"));
        assertEquals(List.of("TLS fd00:1::11 [fd00:1:0:0:0:0:0:11]:5061"), locate(s, "sips:[fd00:1::11]"));
        assertEquals(List.of(), s.asked);
        assertThrows(IllegalArgumentException.class, () -> locate(s, "sip:192.0.2.1"));
    }

    @Test
    void unknownDomainIsEmpty() {
        assertEquals(List.of(), locate(new MapSource(), "sip:nowhere.test"));
    }

    @Test
    void srvTargetWithoutAddressIsSkipped() {
        MapSource s = new MapSource().zone("""
                _sip._udp.d.test. 300 IN SRV 0 0 5060 gone.d.test.
                _sip._udp.d.test. 300 IN SRV 1 0 5060 a.d.test.
                a.d.test. 300 IN AAAA fd00::a
                """);
        assertEquals(List.of("UDP a.d.test [fd00:0:0:0:0:0:0:a]:5060"), locate(s, "sip:d.test"));
    }
}
