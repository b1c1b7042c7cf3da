package org.imstb.common.cx;

import java.util.List;

/** Server-Capabilities (TS 29.229 §6.3.4): capabilities an S-CSCF must/should have, and preferred names. */
public record ServerCapabilities(List<Long> mandatory, List<Long> optional, List<String> serverNames) {
    public ServerCapabilities {
        mandatory = List.copyOf(mandatory);
        optional = List.copyOf(optional);
        serverNames = List.copyOf(serverNames);
    }
}
