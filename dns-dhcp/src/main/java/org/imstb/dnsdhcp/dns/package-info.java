/**
 * The {@code dns} node: authoritative DNS over UDP and TCP for the zones generated from its configuration
 * ({@link org.imstb.dnsdhcp.dns.ZoneBuilder}), answered by {@link org.imstb.dnsdhcp.dns.DnsResponder} (pure, bytes
 * in and bytes out) behind {@link org.imstb.dnsdhcp.dns.UdpDnsServer} and {@link org.imstb.dnsdhcp.dns.TcpDnsServer}.
 */
package org.imstb.dnsdhcp.dns;
