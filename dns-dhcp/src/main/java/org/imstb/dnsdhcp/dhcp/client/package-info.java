/**
 * The DHCPv6 client a UE uses to discover its P-CSCF (RFC 3319) and DNS (RFC 3646):
 * {@link org.imstb.dnsdhcp.dhcp.client.Dhcpv6Client#informationRequest(String, java.time.Duration)}.
 */
package org.imstb.dnsdhcp.dhcp.client;
