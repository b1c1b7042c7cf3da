/**
 * The DNS and DHCPv6 nodes of the testbed: {@link org.imstb.dnsdhcp.dns} (kind {@code dns}, authoritative zones
 * for the operator domains and ENUM) and {@link org.imstb.dnsdhcp.dhcp} (kind {@code dhcp}, RFC 8415 server giving
 * UEs their P-CSCF and DNS). See docs/dns-dhcp.md.
 */
package org.imstb.dnsdhcp;
