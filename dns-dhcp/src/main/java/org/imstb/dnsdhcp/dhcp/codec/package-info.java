/**
 * A small DHCPv6 codec (RFC 8415 messages and the options the testbed uses; RFC 3319 SIP servers, RFC 3646 DNS):
 * bytes to {@link org.imstb.dnsdhcp.dhcp.codec.Dhcp6Message} and back, typed option helpers in
 * {@link org.imstb.dnsdhcp.dhcp.codec.Options}. No library for this exists on Maven Central. Translation only, no
 * I/O; malformed input is a {@link org.imstb.dnsdhcp.dhcp.codec.Dhcp6DecodeException}.
 */
package org.imstb.dnsdhcp.dhcp.codec;
