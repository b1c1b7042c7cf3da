package org.imstb.hss.sh;

import java.util.List;
import java.util.Optional;
import org.imstb.common.diameter.codec.AvpReader;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.diameter.codec.MissingAvpException;
import org.imstb.common.diameter.dict.Avps;
import org.imstb.common.sh.DataReference;
import org.imstb.common.sh.UserIdentity;
import org.imstb.hss.HssConfig;
import org.imstb.hss.model.PublicIdentity;
import org.imstb.hss.store.ShStore;
import org.imstb.hss.store.SubscriberStore;
import org.jdiameter.api.Message;

/**
 * What the Sh handlers share: the store, the Sh settings, and the checks every command starts with (is the AS
 * allowed, who is the user).
 */
public final class HssSh {
    private final SubscriberStore store;
    private final HssConfig.ShConfig config;

    public HssSh(SubscriberStore store, HssConfig.ShConfig config) {
        this.store = store;
        this.config = config;
    }

    SubscriberStore store() {
        return store;
    }

    ShStore sh() {
        return store.sh();
    }

    HssConfig.ShConfig config() {
        return config;
    }

    /** Whether the AS {@code originHost} may use Sh ({@code sh.allowedPeers}). */
    boolean allowed(String originHost) {
        return config.allows(originHost);
    }

    /**
     * The public identity a User-Identity names: the Public-Identity (exact, then a wildcarded PSI it falls under),
     * or for an MSISDN the tel URI {@code tel:+<digits>}.
     */
    Optional<PublicIdentity> resolve(UserIdentity id) {
        return store.findPublic(id.publicIdentity() != null ? id.publicIdentity() : "tel:+" + id.msisdn());
    }

    /** Wildcarded-Public-Identity for an answer: the wildcard when the identity matched one, else null. */
    static String wildcard(PublicIdentity found) {
        return found.isWildcard() ? found.identity() : null;
    }

    /** The sender of a request. */
    record Origin(String host, String realm) {
        static Origin of(Message m) throws DiameterDecodeException {
            AvpReader r = new AvpReader(m.getAvps());
            return new Origin(r.requireText(Avps.ORIGIN_HOST), r.requireText(Avps.ORIGIN_REALM));
        }
    }

    /** RepositoryData needs at least one Service-Indication (TS 29.328 §7.4): else 5005 naming it. */
    static void requireServiceIndication(List<DataReference> refs, List<String> serviceIndications)
            throws MissingAvpException {
        if (refs.contains(DataReference.REPOSITORY_DATA) && serviceIndications.isEmpty()) {
            throw new MissingAvpException(Avps.SERVICE_INDICATION);
        }
    }
}
