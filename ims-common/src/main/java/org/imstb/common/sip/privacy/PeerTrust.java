package org.imstb.common.sip.privacy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.RouteHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;

import org.imstb.common.util.Hosts;

/**
 * Whether the previous or next hop of a request is inside the node's {@link TrustDomain}.
 * <ul>
 * <li>Previous hop: the top Via names it. It is trusted when its sent-by host is a name in the trust domain
 * <em>and</em> that name resolves to the address the request came from (the Via's {@code received} parameter, which
 * the stack sets whenever sent-by is a name), so that a UE cannot borrow a core node's name. CSCFs put their host
 * name in their Via for this; UEs put their address and are never trusted.</li>
 * <li>Next hop: the host of the top Route, else of the Request-URI, must be a name in the trust domain.</li>
 * </ul>
 * Resolutions are cached for a minute (ten seconds when a name does not resolve).
 */
public final class PeerTrust {
    private static final long TTL_MS = 60_000;
    private static final long NEGATIVE_TTL_MS = 10_000;

    private final TrustDomain domain;
    private final Function<String, List<InetAddress>> resolver;
    private final LongSupplier clock;
    private final Map<String, Resolved> cache = new ConcurrentHashMap<>();

    private record Resolved(List<InetAddress> addresses, long until) {
    }

    /**
     * @param domain   the trust domain
     * @param resolver a host name's addresses (e.g. {@code SipEndpoint::addressesOf}); empty when unknown
     * @param clock    milliseconds, for the cache
     */
    public PeerTrust(TrustDomain domain, Function<String, List<InetAddress>> resolver, LongSupplier clock) {
        this.domain = domain;
        this.resolver = resolver;
        this.clock = clock;
    }

    public PeerTrust(TrustDomain domain, Function<String, List<InetAddress>> resolver) {
        this(domain, resolver, System::currentTimeMillis);
    }

    public TrustDomain domain() {
        return domain;
    }

    /** The request came from a host of the trust domain (see the class comment). */
    public boolean fromTrusted(Request request) {
        String host = verifiedSender(request);
        return host != null && domain.trusts(host);
    }

    /** The request came from a host of the node's own operator domain. */
    public boolean fromOwnDomain(Request request) {
        String host = verifiedSender(request);
        return host != null && domain.isOwn(host);
    }

    /** The request's next hop (top Route, else Request-URI) is a host of the trust domain. */
    public boolean toTrusted(Request out) {
        String host = hostOf(nextHop(out));
        return host != null && domain.trusts(host);
    }

    /** The top Route's URI, else the Request-URI. */
    public static URI nextHop(Request out) {
        RouteHeader top = (RouteHeader) out.getHeader(RouteHeader.NAME);
        return top != null ? top.getAddress().getURI() : out.getRequestURI();
    }

    /** The host of a SIP URI, without IPv6 brackets; null for other URIs. */
    public static String hostOf(URI uri) {
        if (!(uri instanceof SipURI s) || s.getHost() == null) {
            return null;
        }
        String h = s.getHost();
        return h.startsWith("[") ? h.substring(1, h.length() - 1) : h;
    }

    /** The sent-by name of the top Via when it resolves to the address the request came from; else null. */
    private String verifiedSender(Request request) {
        ViaHeader via = (ViaHeader) request.getHeader(ViaHeader.NAME);
        if (via == null || via.getHost() == null || TrustDomain.isAddress(via.getHost())) {
            return null;
        }
        InetAddress source = literal(via.getReceived());
        if (source == null) {
            return null;
        }
        return resolve(via.getHost()).contains(source) ? via.getHost() : null;
    }

    private List<InetAddress> resolve(String host) {
        long now = clock.getAsLong();
        Resolved r = cache.get(host);
        if (r == null || r.until() < now) {
            List<InetAddress> found = List.copyOf(resolver.apply(host));
            r = new Resolved(found, now + (found.isEmpty() ? NEGATIVE_TTL_MS : TTL_MS));
            cache.put(host, r);
        }
        return r.addresses();
    }

    /** An IP literal as an address (no DNS); null for anything else. */
    static InetAddress literal(String text) {
        if (text == null || !TrustDomain.isAddress(text)) {
            return null;
        }
        String bare = text.startsWith("[") ? text.substring(1, text.length() - 1) : text;
        try {
            return InetAddress.getByName(Hosts.withoutZone(bare));
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
