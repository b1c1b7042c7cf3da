package org.imstb.common.cx;

/** UAR (TS 29.229 §6.1.1). */
public record UserAuthorizationRequest(String userName, String publicIdentity, String visitedNetworkId,
        UserAuthorizationType type) implements Messages {
}
