package org.imstb.common.sip;

import java.util.List;
import java.util.Locale;

import org.imstb.common.config.FieldErrors;
import org.imstb.common.config.Validatable;
import org.imstb.common.dns.DnsClientConfig;
import org.imstb.common.util.Hosts;

/**
 * A node's SIP endpoint.
 *
 * @param host       the host name of this node as it appears in the URIs it puts in messages (Path, Record-Route,
 *                   Service-Route) and in its Via entries, e.g. {@code pcscf.domain1.test}; default the listen
 *                   address
 * @param address    the address we listen on, an IPv6 (or IPv4) literal; default {@code ::1}
 * @param port       the SIP port, the same for every transport; default 5060
 * @param transports the transports we listen on; default {@code [udp, tcp]}
 * @param threads    threads delivering messages to the node; default 8
 * @param dns        the DNS server next hops are located with (RFC 3263: NAPTR, SRV, AAAA); without it host names
 *                   resolve through the system resolver (hosts file)
 */
public record SipConfig(String host, String address, Integer port, List<String> transports, Integer threads,
        DnsClientConfig dns) implements Validatable {
    /** Without a DNS client. */
    public SipConfig(String host, String address, Integer port, List<String> transports, Integer threads) {
        this(host, address, port, transports, threads, null);
    }

    public SipConfig {
        address = address == null ? "::1" : address;
        host = host == null ? address : host;
        port = port == null ? 5060 : port;
        transports = transports == null ? List.of("udp", "tcp")
                : transports.stream().map(t -> t == null ? null : t.toLowerCase(Locale.ROOT)).toList();
        threads = threads == null ? 8 : threads;
    }

    @Override
    public void validate(FieldErrors at) {
        at.requireText(address, "address");
        at.requireText(host, "host");
        at.requirePort(port, "port");
        at.require(!transports.isEmpty(), "transports", "must name at least one of udp, tcp");
        at.requireAll(transports, "transports", t -> "udp".equals(t) || "tcp".equals(t), "must be udp or tcp");
        at.require(threads > 0 && threads <= 256, "threads", "must be 1..256");
        if (dns != null) {
            at.nested(dns, "dns");
        }
    }

    /** The host part for SIP URIs: IPv6 literals in brackets. */
    public String uriHost() {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /**
     * The operator domain this node belongs to: its host name without the first label ({@code scscf.domain1.test}
     * → {@code domain1.test}); null when the host is an address or a single label.
     */
    public String domain() {
        if (Hosts.isIpLiteral(host)) {
            return null;
        }
        int dot = host.indexOf('.');
        return dot < 0 || dot == host.length() - 1 ? null : host.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The sent-by host of our Via entries: the host name, or the listen address when the host is an address. */
    public String viaHost() {
        return host.contains(":") ? address : host;
    }

    /** {@code sip:host:port}, the URI of this node. */
    public String uri() {
        return "sip:" + uriHost() + ":" + port;
    }
}
