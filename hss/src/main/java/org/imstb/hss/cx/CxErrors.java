package org.imstb.hss.cx;

import java.util.Optional;
import org.imstb.common.diameter.dict.DiameterResult;
import org.imstb.hss.model.PrivateIdentity;
import org.imstb.hss.model.PublicIdentity;
import org.imstb.hss.store.SubscriberStore;

/**
 * The identity checks every Cx command starts with (TS 29.228 §6.1): unknown identities give
 * DIAMETER_ERROR_USER_UNKNOWN (5001), a private identity that may not use the public one gives
 * DIAMETER_ERROR_IDENTITIES_DONT_MATCH (5002).
 */
final class CxErrors {
    private CxErrors() {
    }

    /** The failing result, or null when the pair is known and associated. */
    static DiameterResult checkPair(SubscriberStore store, String impi, String impu) {
        Optional<PublicIdentity> pub = store.findPublic(impu);
        Optional<PrivateIdentity> priv = store.findPrivate(impi);
        if (pub.isEmpty() || priv.isEmpty()) {
            return DiameterResult.ERROR_USER_UNKNOWN;
        }
        if (!store.isAssociated(impi, pub.get().identity())) {
            return DiameterResult.ERROR_IDENTITIES_DONT_MATCH;
        }
        return null;
    }
}
