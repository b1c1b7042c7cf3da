package org.imstb.common.cx;

import java.util.List;

/** RTR (TS 29.229 §6.1.9), sent by the HSS. Reason-Code: 0 PERMANENT_TERMINATION ... 3 REMOVE_S-CSCF. */
public record RegistrationTerminationRequest(String userName, List<String> publicIdentities, int reasonCode,
        String reasonInfo) implements Messages {
    public RegistrationTerminationRequest {
        publicIdentities = publicIdentities == null ? List.of() : List.copyOf(publicIdentities);
    }
}
