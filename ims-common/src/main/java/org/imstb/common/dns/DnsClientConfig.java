package org.imstb.common.dns;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.imstb.common.config.FieldErrors;
import org.imstb.common.config.Validatable;
import org.imstb.common.util.Hosts;

/**
 * The DNS server a node asks, as a YAML section (e.g. {@code dns: {server: "fd00:0:0:3::53", port: 53}}).
 *
 * @param server             the server's address, an IPv6 (or IPv4) literal; required
 * @param port               its port; default 53
 * @param tcp                query over TCP only; default false (UDP, retried over TCP when truncated)
 * @param timeoutMs          per-query timeout; default 2000
 * @param maxTtlSeconds      cap on how long answers are cached; default 3600
 * @param negativeTtlSeconds cap on how long NXDOMAIN / no-data answers are cached; default 5
 */
public record DnsClientConfig(String server, Integer port, Boolean tcp, Integer timeoutMs, Integer maxTtlSeconds,
        Integer negativeTtlSeconds) implements Validatable {
    public DnsClientConfig {
        port = port == null ? 53 : port;
        tcp = tcp != null && tcp;
        timeoutMs = timeoutMs == null ? 2000 : timeoutMs;
        maxTtlSeconds = maxTtlSeconds == null ? 3600 : maxTtlSeconds;
        negativeTtlSeconds = negativeTtlSeconds == null ? 5 : negativeTtlSeconds;
    }

    /** A server at {@code address}:{@code port} with every other setting at its default. */
    public static DnsClientConfig of(String address, int port) {
        return new DnsClientConfig(address, port, null, null, null, null);
    }

    @Override
    public void validate(FieldErrors at) {
        at.requireText(server, "server");
        at.require(isAddressLiteral(server), "server", "must be an IP address literal, got " + server);
        at.require(port >= 1 && port <= 65535, "port", "must be a port 1..65535, got " + port);
        at.require(timeoutMs >= 1, "timeoutMs", "must be positive");
        at.require(maxTtlSeconds >= 0, "maxTtlSeconds", "must be 0 or more");
        at.require(negativeTtlSeconds >= 0, "negativeTtlSeconds", "must be 0 or more");
    }

    private static boolean isAddressLiteral(String s) {
        return s != null && Hosts.isIpLiteral(s);
    }

    /** The server's socket address (no name lookup: the server is a literal). */
    public InetSocketAddress socketAddress() {
        try {
            return new InetSocketAddress(InetAddress.getByName(server), port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address: " + server, e);
        }
    }

    /** A caching source asking this server. */
    public CachingSource newSource() {
        ResolverSource resolver = new ResolverSource(socketAddress(), tcp, Duration.ofMillis(timeoutMs));
        return new CachingSource(resolver, Duration.ofSeconds(maxTtlSeconds), Duration.ofSeconds(negativeTtlSeconds));
    }
}
