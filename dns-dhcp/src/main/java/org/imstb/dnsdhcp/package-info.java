/**
 * DNS and DHCPv6 nodes. Arrive with the DNS/DHCPv6 issue.
 */
package org.imstb.dnsdhcp;
