package org.imstb.common.cx.userdata;

import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One {@code <PublicIdentity>} of a service profile (TS 29.228 Annex E).
 *
 * @param identity      the {@code <Identity>} SIP or tel URI (for a wildcarded PSI, the wildcarded form)
 * @param barred        {@code <BarringIndication>}; false when absent
 * @param identityType  {@code <Extension><IdentityType>}: {@link #PUBLIC_USER_IDENTITY} (also when absent),
 *                      {@link #DISTINCT_PSI} or {@link #WILDCARDED_PSI}; other non-negative values of later
 *                      releases are kept as given
 * @param displayName   {@code <Extension><Extension><DisplayName>}, or null
 * @param wildcardedPsi {@code <Extension><WildcardedPSI>}, or null
 */
public record PublicIdentity(String identity, boolean barred, int identityType, String displayName,
                             String wildcardedPsi) {

    /** IdentityType 0: a public user identity, the only kind a UE registers. */
    public static final int PUBLIC_USER_IDENTITY = 0;
    /** IdentityType 1: a distinct public service identity. */
    public static final int DISTINCT_PSI = 1;
    /** IdentityType 2: a wildcarded public service identity (TS 23.003 §13.5). */
    public static final int WILDCARDED_PSI = 2;

    public PublicIdentity {
        Objects.requireNonNull(identity, "identity");
        if (identityType < 0) {
            throw new IllegalArgumentException("identityType must be >= 0, got " + identityType);
        }
    }

    /** True for a public user identity that is not barred: one the UE may register. */
    public boolean registrable() {
        return !barred && identityType == PUBLIC_USER_IDENTITY;
    }

    /**
     * True when {@code uri} is this identity, or falls under it as a wildcarded PSI: in the wildcarded form
     * (TS 23.003 §13.5) the parts between pairs of {@code !} are regular expressions, the rest is literal.
     */
    public boolean matches(String uri) {
        if (identity.equals(uri)) {
            return true;
        }
        String wildcard = wildcardedPsi != null ? wildcardedPsi
                : identityType == WILDCARDED_PSI ? identity : null;
        if (uri == null || wildcard == null) {
            return false;
        }
        String[] parts = wildcard.split("!", -1);
        if (parts.length < 3 || parts.length % 2 == 0) {
            return wildcard.equals(uri);
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            regex.append(i % 2 == 0 ? Pattern.quote(parts[i]) : parts[i]);
        }
        try {
            return Pattern.matches(regex.toString(), uri);
        } catch (PatternSyntaxException e) {
            return false;
        }
    }
}
