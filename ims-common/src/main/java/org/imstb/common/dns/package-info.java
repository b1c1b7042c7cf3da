/**
 * Locating SIP servers through DNS: RFC 3263 (NAPTR, SRV, AAAA with the fallbacks), RFC 2782 SRV ordering, ENUM
 * (RFC 6116) for tel: URIs, over dnsjava with a TTL-respecting cache.
 *
 * <p>Entry points: {@link org.imstb.common.dns.SipServerLocator} and {@link org.imstb.common.dns.EnumResolver},
 * both built on a {@link org.imstb.common.dns.RecordSource}; {@link org.imstb.common.dns.DnsClientConfig} is the
 * YAML section nodes embed to name their DNS server. The ordering and rewrite rules
 * ({@link org.imstb.common.dns.NaptrSelection}, {@link org.imstb.common.dns.SrvOrder},
 * {@link org.imstb.common.dns.NaptrRegexp}) are pure functions.
 */
package org.imstb.common.dns;
