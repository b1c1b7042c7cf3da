/**
 * The {@code dhcp} node: a DHCPv6 server (RFC 8415) per domain. {@link org.imstb.dnsdhcp.dhcp.Dhcp6Server} decides
 * the replies (stateless Information-Request, stateful IA_NA from a {@link org.imstb.dnsdhcp.dhcp.LeasePool}),
 * {@link org.imstb.dnsdhcp.dhcp.Dhcp6Socket} listens on ff02::1:2 port 547 of its link. The codec is in
 * {@code codec}, the client the UE uses in {@code client}.
 */
package org.imstb.dnsdhcp.dhcp;
