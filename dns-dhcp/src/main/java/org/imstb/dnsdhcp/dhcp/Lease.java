package org.imstb.dnsdhcp.dhcp;

import java.net.Inet6Address;
import java.time.Instant;

/**
 * An address held for a client's IA.
 *
 * @param address the address
 * @param expires when it returns to the pool
 * @param bound   false while only offered (Advertise), true once committed (Reply)
 */
public record Lease(Inet6Address address, Instant expires, boolean bound) {
}
