package org.imstb.common.dns;

import java.net.Inet6Address;
import java.net.InetSocketAddress;

/**
 * One place to send a SIP request, as RFC 3263 §4 yields it.
 *
 * @param transport the transport to use
 * @param host      the host name the address came from (the SRV target or the URI host), without trailing dot;
 *                  the address literal itself for numeric URIs
 * @param address   the IPv6 address
 * @param port      the port
 */
public record SipTarget(SipTransport transport, String host, Inet6Address address, int port) {
    /** Address and port as a socket address. */
    public InetSocketAddress socketAddress() {
        return new InetSocketAddress(address, port);
    }

    @Override
    public String toString() {
        return transport + " " + host + " [" + address.getHostAddress() + "]:" + port;
    }
}
