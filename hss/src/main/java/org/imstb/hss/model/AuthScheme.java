package org.imstb.hss.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Authentication schemes a private identity may use (TS 29.229 SIP-Authentication-Scheme).
 */
public enum AuthScheme {
    /** IMS AKA over HTTP digest (RFC 3310), vectors from Milenage with K, OPc/OP, AMF and SQN. */
    DIGEST_AKAV1_MD5("Digest-AKAv1-MD5"),
    /** Plain HTTP digest with MD5 (RFC 2617) from a password or a precomputed HA1. */
    SIP_DIGEST("SIP Digest");

    private final String wireName;

    AuthScheme(String wireName) {
        this.wireName = wireName;
    }

    /** The value of the SIP-Authentication-Scheme AVP, e.g. {@code Digest-AKAv1-MD5}. */
    public String wireName() {
        return wireName;
    }

    /**
     * Reads a scheme name: the constant name, the wire name, or the short forms {@code aka} and {@code digest};
     * case is ignored.
     */
    public static Optional<AuthScheme> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (AuthScheme s : values()) {
            if (t.equals(s.name().toLowerCase(Locale.ROOT)) || t.equals(s.wireName.toLowerCase(Locale.ROOT))) {
                return Optional.of(s);
            }
        }
        return switch (t) {
            case "aka", "ims-aka", "akav1-md5" -> Optional.of(DIGEST_AKAV1_MD5);
            case "digest", "md5", "sip-digest" -> Optional.of(SIP_DIGEST);
            default -> Optional.empty();
        };
    }
}
