package org.imstb.common.cx;

import java.util.List;

/** SAR (TS 29.229 §6.1.3). */
public record ServerAssignmentRequest(String userName, List<String> publicIdentities, String serverName,
        ServerAssignmentType type, boolean userDataAlreadyAvailable) implements Messages {
    public ServerAssignmentRequest {
        publicIdentities = publicIdentities == null ? List.of() : List.copyOf(publicIdentities);
    }
}
