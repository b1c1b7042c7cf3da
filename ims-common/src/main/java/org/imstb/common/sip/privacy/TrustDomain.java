package org.imstb.common.sip.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.imstb.common.util.Hosts;

/**
 * The hosts a node trusts with asserted identities (the RFC 3325 "Trust Domain"): every host of its own operator
 * domain and of the configured ones. A host belongs to a domain when it is the domain itself or a name under it
 * ({@code scscf.domain1.test} and {@code domain1.test} are in {@code domain1.test}); addresses never are, so UEs
 * (which use their address in Via and Contact) are always outside. No I/O.
 */
public final class TrustDomain {
    private final String own;
    private final List<String> domains;

    /**
     * @param ownDomain the node's own domain (may be null when the node has no host name)
     * @param trusted   further trusted domains
     */
    public TrustDomain(String ownDomain, List<String> trusted) {
        this.own = ownDomain == null ? null : normalise(ownDomain);
        List<String> all = new ArrayList<>();
        if (own != null) {
            all.add(own);
        }
        for (String d : trusted) {
            String n = normalise(d);
            if (!n.isEmpty() && !all.contains(n)) {
                all.add(n);
            }
        }
        this.domains = List.copyOf(all);
    }

    /** The node's own domain, or null. */
    public String own() {
        return own;
    }

    /** Every trusted domain, own first. */
    public List<String> domains() {
        return domains;
    }

    /** True if {@code host} (a name, not an address) belongs to a trusted domain. */
    public boolean trusts(String host) {
        return domains.stream().anyMatch(d -> in(host, d));
    }

    /** True if {@code host} belongs to the node's own domain. */
    public boolean isOwn(String host) {
        return own != null && in(host, own);
    }

    private static boolean in(String host, String domain) {
        if (host == null || isAddress(host)) {
            return false;
        }
        String h = normalise(host);
        return h.equals(domain) || h.endsWith("." + domain);
    }

    /** An IPv6 literal (bracketed or not) or an IPv4 dotted quad. */
    static boolean isAddress(String host) {
        return Hosts.isIpLiteral(host);
    }

    private static String normalise(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }
}
