package org.imstb.ue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

import org.imstb.common.dns.DnsClientConfig;
import org.imstb.common.node.Metrics;
import org.imstb.common.sip.SipConfig;
import org.imstb.dnsdhcp.dhcp.Dhcp6Server;
import org.imstb.dnsdhcp.dhcp.Dhcp6Socket;
import org.imstb.dnsdhcp.dhcp.DhcpConfig;
import org.imstb.dnsdhcp.dhcp.ServerSettings;
import org.imstb.dnsdhcp.dhcp.client.Dhcpv6Client;
import org.imstb.dnsdhcp.dhcp.client.Dhcpv6Info;
import org.imstb.dnsdhcp.dhcp.codec.Duid;
import org.imstb.dnsdhcp.dhcp.codec.Options;
import org.junit.jupiter.api.Test;

/** P-CSCF and DNS discovery by DHCPv6 (TS 24.229 §9.2.1; RFC 3319 options 21/22, RFC 3646 option 23). */
class DiscoveryTest {
    static final UeConfig UNCONFIGURED = new UeConfig("sip:bob@domain1.test", null, null,
            new SipConfig(null, "::1", 0, null, 2), 8000);

    static Dhcpv6Info info(List<String> names, List<String> addresses, List<String> dns) {
        return new Dhcpv6Info(names, addresses.stream().map(Options::ipv6).toList(),
                dns.stream().map(Options::ipv6).toList(), List.of("domain1.test"), "00030001020000000053",
                new InetSocketAddress("::1", 547));
    }

    @Test
    void theFirstSipServerNameIsTheProxyOnTheDefaultPortAndTheFirstDnsServerIsAskedOnPort53() {
        Discovery d = Discovery.from(info(List.of("pcscf.domain1.test", "pcscf2.domain1.test"),
                List.of("fd00:1::10"), List.of("fd00:3::53", "fd00:3::54")));
        assertEquals("sip:pcscf.domain1.test", d.pcscf());
        assertEquals(DnsClientConfig.of("fd00:3::53", 53), d.dns());
    }

    @Test
    void aTrailingDotOfTheNameIsDropped() {
        assertEquals("sip:pcscf.domain1.test", Discovery.from(info(List.of("pcscf.domain1.test."), List.of(),
                List.of())).pcscf());
    }

    @Test
    void withoutNamesTheFirstAddressIsTheProxy() {
        Discovery d = Discovery.from(info(List.of(), List.of("fd00:1::10", "fd00:1::11"), List.of()));
        assertEquals("sip:[fd00:1::10]", d.pcscf());
        assertNull(d.dns());
    }

    @Test
    void aScopeIdIsNotPartOfTheUri() throws Exception {
        Inet6Address scoped = Inet6Address.getByAddress(null, InetAddress.getByName("fe80::1").getAddress(), 1);
        Dhcpv6Info i = new Dhcpv6Info(List.of(), List.of(scoped), List.of(scoped), List.of(), "00",
                new InetSocketAddress("::1", 547));
        Discovery d = Discovery.from(i);
        assertEquals("sip:[fe80::1]", d.pcscf());
        assertEquals("fe80::1", d.dns().server());
    }

    @Test
    void addressesAreWrittenInRfc5952Form() throws Exception {
        for (String[] c : new String[][] {{"::", "::"}, {"::1", "::1"}, {"fd00::", "fd00::"},
            {"2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"}, {"2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"},
            {"2001:DB8:0:0:0:0:2:1", "2001:db8::2:1"}, {"1:0:0:2:0:0:0:3", "1:0:0:2::3"}}) {
            assertEquals(c[1], Discovery.literal(InetAddress.getByName(c[0])), c[0]);
        }
    }

    @Test
    void applyingFillsOnlyWhatTheUeLacks() {
        Discovery d = new Discovery("sip:pcscf.domain1.test", DnsClientConfig.of("fd00:3::53", 53));
        UeConfig filled = d.applyTo(UNCONFIGURED);
        assertEquals("sip:pcscf.domain1.test", filled.pcscf());
        assertEquals(DnsClientConfig.of("fd00:3::53", 53), filled.sip().dns());
        assertEquals("::1", filled.sip().address());
        assertEquals(0, filled.sip().port());
        assertEquals("bob@domain1.test", filled.impi());
        assertEquals(8000, filled.timeoutMs());

        DnsClientConfig own = DnsClientConfig.of("::1", 5353);
        UeConfig configured = new UeConfig("sip:bob@domain1.test", null, "sip:[::1]:5060",
                new SipConfig(null, "::1", 0, null, 2, own), 8000);
        UeConfig kept = d.applyTo(configured);
        assertEquals("sip:[::1]:5060", kept.pcscf());
        assertSame(own, kept.sip().dns());
    }

    @Test
    void noProxyFromTheServerAndNoneConfiguredIsAnError() {
        Discovery d = Discovery.from(info(List.of(), List.of(), List.of("fd00:3::53")));
        assertNull(d.pcscf());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> d.applyTo(UNCONFIGURED));
        assertEquals("no P-CSCF for sip:bob@domain1.test: the DHCPv6 server sent neither option 21 nor option 22",
                e.getMessage());
    }

    @Test
    void startingWithoutAProxyAndWithoutDiscoveryIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Ue.start(UNCONFIGURED, Credentials.password("x"),
                org.imstb.common.trace.MessageObserver.NONE));
    }

    @Test
    void discoversFromARealServerOverLoopback() throws Exception {
        ServerSettings settings = new ServerSettings(Duid.fromSeed("dhcp1"), 255, true,
                List.of("pcscf.domain1.test"), List.of(Options.ipv6("fd00:1::10")),
                List.of(Options.ipv6("fd00:3::53")), List.of("domain1.test"), 3600, 7200);
        try (Dhcp6Socket socket = new Dhcp6Socket(new DhcpConfig.ListenConfig(null, "::1", 0),
                new Dhcp6Server(settings, null, new Metrics())).start()) {
            Discovery d = Discovery.discover(Dhcpv6Client.toServer(new InetSocketAddress("::1", socket.port())),
                    Duration.ofSeconds(5));
            assertEquals(new Discovery("sip:pcscf.domain1.test", DnsClientConfig.of("fd00:3::53", 53)), d);
        }
    }
}
