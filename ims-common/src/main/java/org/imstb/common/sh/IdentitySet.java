package org.imstb.common.sh;

/** Identity-Set (TS 29.329 §6.3.10): which public identities a UDR for IMSPublicIdentity asks for; ordinal = wire
 * value. */
public enum IdentitySet {
    /** All public identities of the user's subscription. */
    ALL_IDENTITIES,
    /** The identities of the subscription that are registered. */
    REGISTERED_IDENTITIES,
    /** The implicit registration set of the identity in User-Identity. */
    IMPLICIT_IDENTITIES,
    /** The alias identities: of the same implicit set and with the same service profile. */
    ALIAS_IDENTITIES;

    /** The value with wire value {@code v}, or null. */
    public static IdentitySet of(long v) {
        return v >= 0 && v < values().length ? values()[(int) v] : null;
    }
}
