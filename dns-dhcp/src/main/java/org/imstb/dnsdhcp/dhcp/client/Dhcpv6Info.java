package org.imstb.dnsdhcp.dhcp.client;

import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * What a DHCPv6 server told the client.
 *
 * @param sipServerNames     option 21: SIP server (P-CSCF) domain names, in preference order
 * @param sipServerAddresses option 22: SIP server IPv6 addresses, in preference order
 * @param dnsServers         option 23: DNS servers
 * @param domainSearchList   option 24: domain search list
 * @param serverDuid         the answering server's DUID, hex
 * @param server             the address and port the Reply came from
 */
public record Dhcpv6Info(List<String> sipServerNames, List<Inet6Address> sipServerAddresses,
        List<Inet6Address> dnsServers, List<String> domainSearchList, String serverDuid, InetSocketAddress server) {
    public Dhcpv6Info {
        sipServerNames = List.copyOf(sipServerNames);
        sipServerAddresses = List.copyOf(sipServerAddresses);
        dnsServers = List.copyOf(dnsServers);
        domainSearchList = List.copyOf(domainSearchList);
    }
}
