package org.imstb.hss.model;

import java.util.Objects;

/**
 * A public identity (IMPU or PSI): a {@code sip:}, {@code sips:} or {@code tel:} URI. A wildcarded PSI is written
 * with the TS 23.003 §13.5 syntax, the variable part between exclamation marks, e.g.
 * {@code sip:chat-!.*!@domain1.test} (see {@link IdentityUris#wildcardPattern(String)}).
 *
 * @param identity       the URI as provisioned
 * @param type           user identity, distinct PSI or wildcarded PSI
 * @param barred         barring indication: the identity may not be used for sessions
 * @param implicitSet    name of the implicit registration set (identities of the same subscription with the same
 *                       name are registered together); defaults to the identity itself (a set of one)
 * @param serviceProfile name of the service profile, or null for none (an empty profile)
 * @param canRegister    whether a UE may register this identity (false for PSIs)
 * @param displayName    optional display name, or null
 */
public record PublicIdentity(String identity, IdentityType type, boolean barred, String implicitSet,
                             String serviceProfile, boolean canRegister, String displayName) {

    public PublicIdentity {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(type, "type");
        if (implicitSet == null || implicitSet.isBlank()) {
            implicitSet = identity;
        }
    }

    /** A registrable, unbarred user identity in a set of its own, with the given profile. */
    public static PublicIdentity user(String identity, String serviceProfile) {
        return new PublicIdentity(identity, IdentityType.PUBLIC_USER_IDENTITY, false, identity, serviceProfile,
                true, null);
    }

    /** Whether this entry stands for a range of PSIs. */
    public boolean isWildcard() {
        return type == IdentityType.WILDCARDED_PSI;
    }
}
