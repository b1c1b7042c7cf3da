package org.imstb.common.cx;

/** PPR (TS 29.229 §6.1.11), sent by the HSS when a profile changes. */
public record PushProfileRequest(String userName, String userData) implements Messages {
}
