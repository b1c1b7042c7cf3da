package org.imstb.hss.model;

import java.util.List;

/**
 * What a subscription asks of its S-CSCF, in the shape of the Cx Server-Capabilities AVP.
 *
 * @param mandatory   Mandatory-Capability values
 * @param optional    Optional-Capability values
 * @param serverNames Server-Name values (the preferred S-CSCF, if any)
 */
public record ServerCapabilities(List<Integer> mandatory, List<Integer> optional, List<String> serverNames) {

    public ServerCapabilities {
        mandatory = List.copyOf(mandatory == null ? List.of() : mandatory);
        optional = List.copyOf(optional == null ? List.of() : optional);
        serverNames = List.copyOf(serverNames == null ? List.of() : serverNames);
    }
}
