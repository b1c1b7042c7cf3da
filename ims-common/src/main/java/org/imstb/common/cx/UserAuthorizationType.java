package org.imstb.common.cx;

/** User-Authorization-Type (TS 29.229 §6.3.24). */
public enum UserAuthorizationType {
    REGISTRATION, DE_REGISTRATION, REGISTRATION_AND_CAPABILITIES;

    public static UserAuthorizationType of(long v) {
        return v >= 0 && v < values().length ? values()[(int) v] : null;
    }
}
