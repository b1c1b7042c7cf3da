package org.imstb.common.cx;

/** LIR (TS 29.229 §6.1.5). */
public record LocationInfoRequest(String publicIdentity, boolean originating, UserAuthorizationType type)
        implements Messages {
}
