package org.imstb.dnsdhcp.dhcp.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import org.imstb.common.node.Metrics;
import org.imstb.dnsdhcp.dhcp.DhcpConfig;
import org.imstb.dnsdhcp.dhcp.Dhcp6Server;
import org.imstb.dnsdhcp.dhcp.Dhcp6Socket;
import org.imstb.dnsdhcp.dhcp.ServerSettings;
import org.imstb.dnsdhcp.dhcp.codec.Duid;
import org.imstb.dnsdhcp.dhcp.codec.Options;
import org.junit.jupiter.api.Test;

/** The client against the server's socket by unicast on [::1] (no privileges needed). */
class Dhcpv6ClientTest {
    @Test
    void informationRequestOverLoopback() throws Exception {
        ServerSettings settings = new ServerSettings(Duid.fromSeed("dhcp1"), 255, true,
                List.of("pcscf.domain1.test"), List.of(Options.ipv6("fd00:1::10")),
                List.of(Options.ipv6("fd00:3::53")), List.of("domain1.test", "domain2.test"), 3600, 7200);
        Metrics metrics = new Metrics();
        try (Dhcp6Socket socket = new Dhcp6Socket(new DhcpConfig.ListenConfig(null, "::1", 0),
                new Dhcp6Server(settings, null, metrics)).start()) {
            Dhcpv6Info info = Dhcpv6Client.toServer(new InetSocketAddress("::1", socket.port()))
                    .informationRequest(Duration.ofSeconds(5));
            assertEquals(List.of("pcscf.domain1.test"), info.sipServerNames());
            assertEquals(List.of(Options.ipv6("fd00:1::10")), info.sipServerAddresses());
            assertEquals(List.of(Options.ipv6("fd00:3::53")), info.dnsServers());
            assertEquals(List.of("domain1.test", "domain2.test"), info.domainSearchList());
            assertEquals(Duid.hex(Duid.fromSeed("dhcp1")), info.serverDuid());
            assertEquals(socket.port(), info.server().getPort());
        }
    }

    @Test
    void silenceIsATimeoutAfterRetransmissions() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("::1"), 0))) {
            Dhcpv6Client c = Dhcpv6Client.toServer(new InetSocketAddress("::1", silent.getLocalPort()));
            SocketTimeoutException e = assertThrows(SocketTimeoutException.class,
                    () -> c.informationRequest(Duration.ofMillis(1500)));
            // sent at 0 s and about 1 s (RFC 8415 IRT 1 s, then 2 s): no faster retransmission
            assertTrue(e.getMessage().matches(".*\\([12] Information-Request\\(s\\) sent\\)"), e.getMessage());
        }
    }
}
