package org.imstb.hss.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A private user identity (IMPI, an NAI such as {@code alice@domain1.test}) with its credentials and the public
 * identities it may register and use. At least one of {@code aka} and {@code digest} is set; the allowed
 * authentication schemes follow from which are present.
 *
 * @param impi              the NAI
 * @param aka               Digest-AKAv1-MD5 secrets, or null
 * @param digest            SIP Digest secrets, or null
 * @param publicIdentities  the IMPUs (as written in the subscription) this IMPI may use
 */
public record PrivateIdentity(String impi, AkaCredentials aka, DigestCredentials digest,
                              List<String> publicIdentities) {

    public PrivateIdentity {
        Objects.requireNonNull(impi, "impi");
        if (aka == null && digest == null) {
            throw new IllegalArgumentException("private identity " + impi + " has no credentials");
        }
        publicIdentities = List.copyOf(publicIdentities == null ? List.of() : publicIdentities);
    }

    /** The schemes this identity may authenticate with. */
    public Set<AuthScheme> authSchemes() {
        Set<AuthScheme> s = EnumSet.noneOf(AuthScheme.class);
        if (aka != null) {
            s.add(AuthScheme.DIGEST_AKAV1_MD5);
        }
        if (digest != null) {
            s.add(AuthScheme.SIP_DIGEST);
        }
        return s;
    }

    /** Whether {@code scheme} is allowed for this identity. */
    public boolean allows(AuthScheme scheme) {
        return scheme == AuthScheme.DIGEST_AKAV1_MD5 ? aka != null : digest != null;
    }
}
