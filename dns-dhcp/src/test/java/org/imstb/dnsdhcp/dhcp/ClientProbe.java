package org.imstb.dnsdhcp.dhcp;

import java.time.Duration;
import java.util.stream.Collectors;
import org.imstb.dnsdhcp.dhcp.client.Dhcpv6Client;
import org.imstb.dnsdhcp.dhcp.client.Dhcpv6Info;

/**
 * Runs {@link Dhcpv6Client#informationRequest(String, Duration)} in a child JVM (inside a network namespace, which a
 * JVM cannot enter itself) and prints what came back, one {@code key=value} line each.
 */
public final class ClientProbe {
    private ClientProbe() {
    }

    public static void main(String[] args) throws Exception {
        Dhcpv6Info info = Dhcpv6Client.informationRequest(args[0], Duration.ofMillis(Long.parseLong(args[1])));
        System.out.println("sip-names=" + String.join(",", info.sipServerNames()));
        System.out.println("sip-addresses=" + info.sipServerAddresses().stream().map(a -> a.getHostAddress())
                .collect(Collectors.joining(",")));
        System.out.println("dns=" + info.dnsServers().stream().map(a -> a.getHostAddress())
                .collect(Collectors.joining(",")));
        System.out.println("search=" + String.join(",", info.domainSearchList()));
        System.out.println("server-duid=" + info.serverDuid());
    }
}
