package org.imstb.topology.trace;

import java.util.List;

/**
 * A ladder column: a node of the lab, a UE, or an unknown peer address.
 *
 * @param name      node name ({@code pcscf1}) or the peer's address
 * @param kind      node kind ({@code pcscf}, {@code ue}, ...), or null for an unknown peer
 * @param group     the operator domain's group, or null for shared nodes (dns, router) and unknown peers
 * @param domain    the domain ({@code domain1.test}), or null
 * @param groupRank position of the group among the lab's groups (lab.json order); shared nodes come after all
 */
public record NodeInfo(String name, String kind, String group, String domain, int groupRank) {
    /** Column order within a domain, as the 3GPP flows draw them; other kinds follow. */
    static final List<String> KIND_ORDER = List.of("ue", "pcscf", "icscf", "scscf", "hss", "pdf", "dhcp", "as");

    /** For an unknown peer (an address): last. */
    static NodeInfo unknown(String name) {
        return new NodeInfo(name, null, null, null, Integer.MAX_VALUE);
    }

    int kindRank() {
        if (kind == null) {
            return 100;
        }
        if (group == null) {
            return kind.equals("dns") ? 50 : 60;
        }
        int i = KIND_ORDER.indexOf(kind);
        return i < 0 ? KIND_ORDER.size() : i;
    }
}
