package org.imstb.dnsdhcp.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.imstb.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbill.DNS.Name;
import org.xbill.DNS.RRset;
import org.xbill.DNS.SetResponse;
import org.xbill.DNS.Type;
import org.xbill.DNS.Zone;

class ZoneBuilderTest {
    @TempDir
    Path dir;

    private static List<String> find(ZoneSet zones, String name, int type) throws Exception {
        Name n = Name.fromString(name);
        Zone z = zones.find(n);
        SetResponse sr = z.findRecords(n, type);
        if (!sr.isSuccessful()) {
            return List.of(sr.isNXDOMAIN() ? "NXDOMAIN" : "NODATA");
        }
        return sr.answers().stream().flatMap(s -> s.rrs().stream()).map(r -> r.rdataToString()).sorted().toList();
    }

    @Test
    void twoDomainExample() throws Exception {
        ZoneSet zones = ZoneBuilder.build(Configs.twoDomains(dir));
        assertEquals(List.of("domain1.test.", "domain2.test.", "e164.arpa."), zones.zones().stream()
                .map(z -> z.getOrigin().toString()).sorted().toList());
        assertEquals(List.of("10 50 \"s\" \"SIP+D2U\" \"\" _sip._udp.domain1.test.",
                "20 50 \"s\" \"SIP+D2T\" \"\" _sip._tcp.domain1.test."), find(zones, "domain1.test.", Type.NAPTR));
        assertEquals(List.of("0 10 5060 icscf.domain1.test."), find(zones, "_sip._udp.domain1.test.", Type.SRV));
        assertEquals(List.of("0 10 5060 icscf.domain2.test."), find(zones, "_sip._tcp.domain2.test.", Type.SRV));
        assertEquals(List.of("fd00:1:0:0:0:0:0:11"), find(zones, "icscf.domain1.test.", Type.AAAA));
        assertEquals(List.of("fd00:2:0:0:0:0:0:14"), find(zones, "pdf.domain2.test.", Type.AAAA));
        assertEquals(List.of("fd00:3:0:0:0:0:0:53"), find(zones, "ns.domain2.test.", Type.AAAA));
        assertEquals(List.of("ns.domain1.test. hostmaster.domain1.test. 1 3600 600 86400 30"),
                find(zones, "domain1.test.", Type.SOA));
        assertEquals(List.of("0 0 3868 hss.domain1.test."), find(zones, "_diameter._tcp.domain1.test.", Type.SRV));
        assertEquals(List.of("fd00:1:0:0:0:0:0:20"), find(zones, "as.domain1.test.", Type.AAAA));
        assertEquals(List.of("NXDOMAIN"), find(zones, "nobody.domain1.test.", Type.AAAA));
    }

    @Test
    void enumNumbersAndPrefixes() throws Exception {
        ZoneSet zones = ZoneBuilder.build(Configs.twoDomains(dir));
        assertEquals(List.of("100 10 \"u\" \"E2U+sip\" \"!^.*$!sip:alice@domain1.test!\" ."),
                find(zones, "1.0.0.1.5.5.5.1.e164.arpa.", Type.NAPTR));
        String prefix = "100 10 \"u\" \"E2U+sip\" \"!^(\\\\+1555200.*)$!sip:\\\\1@domain2.test;user=phone!\" .";
        assertEquals(List.of(prefix), find(zones, "7.0.0.2.5.5.5.1.e164.arpa.", Type.NAPTR));
        assertEquals(List.of(prefix), find(zones, "9.9.7.0.0.2.5.5.5.1.e164.arpa.", Type.NAPTR));
        assertEquals(List.of("NXDOMAIN"), find(zones, "2.0.0.1.5.5.5.1.e164.arpa.", Type.NAPTR));
    }

    @Test
    void aNumberInsideAPrefixDoesNotHideThePrefixFromItsNeighbours() throws Exception {
        ZoneSet zones = ZoneBuilder.build(Configs.load(dir, """
                dns:
                  enum:
                    entries:
                      - {number: "+15552001", uri: "sip:carol@domain1.test"}
                      - {prefix: "+15552", uri: "sip:{number}@domain2.test"}
                """));
        assertEquals(List.of("100 10 \"u\" \"E2U+sip\" \"!^.*$!sip:carol@domain1.test!\" ."),
                find(zones, "1.0.0.2.5.5.5.1.e164.arpa.", Type.NAPTR));
        assertEquals(List.of("100 10 \"u\" \"E2U+sip\" \"!^(\\\\+15552.*)$!sip:\\\\1@domain2.test!\" ."),
                find(zones, "2.0.0.2.5.5.5.1.e164.arpa.", Type.NAPTR));
    }

    @Test
    void masterFileListsEveryZone() {
        String text = ZoneBuilder.build(Configs.twoDomains(dir)).toMasterFile();
        assertTrue(text.contains("; zone domain1.test."), text);
        assertTrue(text.contains("_sip._udp.domain1.test.\t300\tIN\tSRV\t0 10 5060 icscf.domain1.test."), text);
    }

    private ConfigException error(String yaml) {
        return assertThrows(ConfigException.class, () -> Configs.load(dir, yaml));
    }

    @Test
    void badRecordIsNamedWithFileAndLine() {
        ConfigException e = error("""
                dns:
                  domains:
                    - name: domain1.test
                      hosts: {icscf: "fd00:1::11"}
                      entryPoint: {host: icscf}
                      records:
                        - "ok IN AAAA fd00:1::1"
                        - "broken IN AAAA not-an-address"
                """);
        assertTrue(e.getMessage().startsWith(dir.resolve("dns.yaml") + ":8: dns.domains[0].records[1]: "
                + "bad record 'broken IN AAAA not-an-address'"), e.getMessage());
    }

    @Test
    void recordOutsideEveryZone() {
        ConfigException e = error("""
                dns:
                  domains: [{name: domain1.test}]
                  records: ["www.example.org. IN AAAA fd00::1"]
                """);
        assertTrue(e.getMessage().contains(":3: dns.records[0]: record 'www.example.org. IN AAAA fd00::1' is outside"
                + " every zone (domain1.test.)"), e.getMessage());
    }

    @Test
    void entryPointNeedsAnAddress() {
        ConfigException e = error("""
                dns:
                  domains:
                    - name: domain1.test
                      entryPoint: {host: icscf}
                      hosts: {pcscf: "fd00:1::10"}
                """);
        assertTrue(e.getMessage().contains(":4: dns.domains[0].entryPoint.host: entry point icscf.domain1.test. has"
                + " no AAAA record"), e.getMessage());
    }

    @Test
    void otherConfigErrors() {
        assertTrue(error("dns:\n  domains:\n    - name: d.test\n      hosts: {pcscf: \"10.0.0.1\"}\n").getMessage()
                .contains(":4: dns.domains[0].hosts.pcscf: must be an IPv6 address, got 10.0.0.1"));
        assertTrue(error("dns:\n  domains: [{name: d.test}, {name: d.test}]\n").getMessage()
                .contains("dns.domains[1].name: zone d.test. is defined twice"));
        assertTrue(error("dns:\n  domains: [{name: d.test, records: [\"@ IN SOA a b 1 2 3 4 5\"]}]\n").getMessage()
                .contains("SOA records are generated"));
        assertTrue(error("dns:\n  enum:\n    entries: [{number: \"15551001\", uri: \"sip:a@d.test\"}]\n")
                .getMessage().contains("dns.enum.entries[0].number: must be an E.164 number"));
        assertTrue(error("dns:\n  domains: [{name: d.test, entryPoint: {host: x, transports: [sctp]}}]\n")
                .getMessage().contains("dns.domains[0].entryPoint.transports[0]: must be udp, tcp or tls"));
        assertTrue(error("dns:\n  domains: [{name: d.test, records: [\"x.other.test. IN AAAA ::1\"]}]\n")
                .getMessage().contains("is outside d.test."));
        assertTrue(error("dns:\n  domain: []\n").getMessage().contains("unknown field"));
    }

    @Test
    void tlsEntryPoint() throws Exception {
        DnsConfig c = Configs.load(dir, """
                dns:
                  domains:
                    - name: d.test
                      entryPoint: {host: sip, transports: [tls, udp], tlsPort: 5071}
                      hosts: {sip: "fd00::5"}
                """);
        ZoneSet zones = ZoneBuilder.build(c);
        assertEquals(List.of("10 50 \"s\" \"SIPS+D2T\" \"\" _sips._tcp.d.test.",
                "20 50 \"s\" \"SIP+D2U\" \"\" _sip._udp.d.test."), find(zones, "d.test.", Type.NAPTR));
        assertEquals(List.of("0 10 5071 sip.d.test."), find(zones, "_sips._tcp.d.test.", Type.SRV));
        assertEquals("ns.d.test.", zones.zones().get(0).getNS().rrs().stream().map(r -> r.getAdditionalName()
                .toString()).collect(Collectors.joining()));
    }
}
