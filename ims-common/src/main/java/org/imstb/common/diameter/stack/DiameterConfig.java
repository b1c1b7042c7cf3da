package org.imstb.common.diameter.stack;

import java.util.List;
import org.imstb.common.config.FieldErrors;
import org.imstb.common.config.Validatable;

/**
 * A node's Diameter stack, in our own terms (jDiameter's XML is generated from it).
 *
 * @param identity           our Diameter identity (Origin-Host), e.g. {@code hss.domain1.test}
 * @param realm              our realm (Origin-Realm), e.g. {@code domain1.test}
 * @param address            the address we listen on: an IPv6 (or IPv4) literal or a host name; default {@code ::1}
 * @param port               our Diameter port; default 3868
 * @param peers              peers we know; only these may connect unless {@code acceptUnknownPeers}
 * @param acceptUnknownPeers accept CER from peers not listed; default false (an unknown peer gets CEA 3010)
 * @param watchdogSeconds    Tw, the DWR interval on an idle connection (RFC 3539); default 30
 * @param requestTimeoutMs   how long we wait for an answer; default 5000
 * @param threads            worker threads for incoming requests; default 16
 */
public record DiameterConfig(String identity, String realm, String address, Integer port, List<PeerConfig> peers,
        Boolean acceptUnknownPeers, Integer watchdogSeconds, Integer requestTimeoutMs, Integer threads)
        implements Validatable {
    public DiameterConfig {
        address = address == null ? "::1" : address;
        port = port == null ? 3868 : port;
        peers = peers == null ? List.of() : List.copyOf(peers);
        acceptUnknownPeers = acceptUnknownPeers != null && acceptUnknownPeers;
        watchdogSeconds = watchdogSeconds == null ? 30 : watchdogSeconds;
        requestTimeoutMs = requestTimeoutMs == null ? 5000 : requestTimeoutMs;
        threads = threads == null ? 16 : threads;
    }

    @Override
    public void validate(FieldErrors at) {
        at.requireText(identity, "identity");
        at.require(!identity.contains(":"), "identity", "must be a host name (FQDN), not an address");
        at.requireText(realm, "realm");
        at.requireText(address, "address");
        at.requirePort(port, "port");
        at.require(port > 0, "port", "must be 1..65535");
        at.require(watchdogSeconds >= 6, "watchdogSeconds", "must be at least 6 (RFC 3539 Tw)");
        at.require(requestTimeoutMs > 0, "requestTimeoutMs", "must be positive");
        at.require(threads > 0 && threads <= 512, "threads", "must be 1..512");
        at.nested(peers, "peers");
    }

    /** The realm of a peer (its own, or ours if not given). */
    public String realmOf(PeerConfig p) {
        return p.realm() == null ? realm : p.realm();
    }
}
