package org.imstb.hss.cx;

import org.imstb.common.diameter.dict.DiameterResult;
import org.imstb.hss.model.IdentityUris;
import org.imstb.hss.model.PrivateIdentity;
import org.imstb.hss.model.PublicIdentity;
import org.imstb.hss.store.SubscriberStore;

/**
 * The identity check every Cx command starts with (TS 29.228 §6.1): unknown identities give
 * DIAMETER_ERROR_USER_UNKNOWN (5001), a private identity that may not use the public one gives
 * DIAMETER_ERROR_IDENTITIES_DONT_MATCH (5002). The identities found are handed on, so that handlers do not read
 * them again.
 */
final class CxErrors {
    private CxErrors() {
    }

    /** The outcome: both identities, or the failing result. */
    record Pair(PublicIdentity publicIdentity, PrivateIdentity privateIdentity, DiameterResult error) {
        boolean failed() {
            return error != null;
        }
    }

    static Pair checkPair(SubscriberStore store, String impi, String impu) {
        PublicIdentity pub = store.findPublic(impu).orElse(null);
        PrivateIdentity priv = pub == null ? null : store.findPrivate(impi).orElse(null);
        if (pub == null || priv == null) {
            return new Pair(pub, priv, DiameterResult.ERROR_USER_UNKNOWN);
        }
        String key = IdentityUris.key(pub.identity());
        boolean associated = priv.publicIdentities().stream().anyMatch(p -> IdentityUris.key(p).equals(key));
        return new Pair(pub, priv, associated ? null : DiameterResult.ERROR_IDENTITIES_DONT_MATCH);
    }
}
