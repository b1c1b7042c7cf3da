package org.imstb.hss.store;

import java.util.List;
import java.util.Optional;
import org.imstb.hss.model.IdentityUris;
import org.imstb.hss.model.PrivateIdentity;
import org.imstb.hss.model.PublicIdentity;
import org.imstb.hss.model.ServerCapabilities;
import org.imstb.hss.model.SubscriptionData;

/**
 * The identity reads of the request path, served from the {@link SubscriberCache} copies: a miss loads one public
 * identity's {@link IdentityCopy} (identity, implicit set, owner, capabilities: a few indexed lookups) or one private
 * identity; {@link #preload} loads them all in bulk. User-Data is assembled from a copy and the catalog copy.
 */
final class IdentityCopies {
    private final Database db;
    private final IdentityReader identities;
    private final UserDataReader userData;
    private final CatalogCache catalog;
    private final SubscriberCache cache;

    IdentityCopies(Database db, IdentityReader identities, UserDataReader userData, CatalogCache catalog,
            SubscriberCache cache) {
        this.db = db;
        this.identities = identities;
        this.userData = userData;
        this.catalog = catalog;
        this.cache = cache;
    }

    Optional<PublicIdentity> findPublic(String impu) {
        return copyOf(impu).map(IdentityCopy::identity);
    }

    Optional<PrivateIdentity> findPrivate(String impi) {
        if (impi == null) {
            return Optional.empty();
        }
        SubscriberCache.Generation g = cache.current();
        return g.get(g.privates, impi, identities::findPrivate);
    }

    List<PublicIdentity> implicitSet(String impu) {
        return copyOf(impu).map(IdentityCopy::implicitSet).orElse(List.of());
    }

    Optional<SubscriptionData> subscriptionFor(String impi, String impu) {
        CatalogCache.Snapshot catalogNow = catalog.get();
        return copyOf(impu).filter(c -> c.owner() != null)
                .flatMap(c -> UserDataReader.subscriptionFor(catalogNow, c.owner(), impi, c.implicitSet()));
    }

    Optional<ServerCapabilities> serverCapabilities(String impu) {
        return copyOf(impu).map(IdentityCopy::capabilities);
    }

    /** Loads the copies in bulk up to their bound; the number of public identities loaded. */
    int preload() {
        SubscriberCache.Generation g = cache.current();
        return db.read(c -> new Preloader(cache.maxEntries()).load(c, g)).publicIdentities();
    }

    /** The copy of public identity {@code impu}; empty for a blank or unknown one. */
    private Optional<IdentityCopy> copyOf(String impu) {
        if (impu == null || impu.isBlank()) {
            return Optional.empty();
        }
        SubscriberCache.Generation g = cache.current();
        return g.get(g.identities, IdentityUris.key(impu), k -> load(impu));
    }

    private Optional<IdentityCopy> load(String impu) {
        Optional<PublicIdentity> identity = identities.findPublic(impu);
        if (identity.isEmpty()) {
            return Optional.empty();
        }
        List<PublicIdentity> set = identities.implicitSet(impu);
        if (set.isEmpty()) {
            set = List.of(identity.get());
        }
        UserDataReader.Owner owner = userData.owner(IdentityUris.key(set.get(0).identity())).orElse(null);
        return Optional.of(new IdentityCopy(identity.get(), set, owner,
                identities.serverCapabilities(impu).orElse(null)));
    }
}
