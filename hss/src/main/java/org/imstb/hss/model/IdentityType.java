package org.imstb.hss.model;

/** Identity-Type of TS 29.228 (the IdentityType element of the User-Data and the Identity-Type AVP). */
public enum IdentityType {
    /** A public user identity (IMPU) of a user. */
    PUBLIC_USER_IDENTITY(0),
    /** A distinct public service identity. */
    DISTINCT_PSI(1),
    /** A range of PSIs given by a wildcard, see {@link IdentityUris#wildcardPattern(String)}. */
    WILDCARDED_PSI(2);

    private final int code;

    IdentityType(int code) {
        this.code = code;
    }

    /** The value on the wire. */
    public int code() {
        return code;
    }

    /** The type with wire value {@code code}. */
    public static IdentityType ofCode(int code) {
        for (IdentityType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown identity type " + code);
    }
}
