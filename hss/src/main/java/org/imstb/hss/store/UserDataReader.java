package org.imstb.hss.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.imstb.hss.model.ApplicationServer;
import org.imstb.hss.model.IdentityUris;
import org.imstb.hss.model.InitialFilterCriteria;
import org.imstb.hss.model.PublicIdentity;
import org.imstb.hss.model.ServiceProfile;
import org.imstb.hss.model.SubscriptionData;
import org.imstb.hss.model.SubscriptionData.ProfileData;

/** Collects the {@link SubscriptionData} of one registration: identities from the database, profiles and servers
 * from the catalog copy. */
final class UserDataReader {
    private static final String IMPIS = "SELECT p.impi, s.name FROM public_identity u "
            + "JOIN private_identity p ON p.subscription_id = u.subscription_id "
            + "JOIN subscription s ON s.id = u.subscription_id WHERE u.impu_key = ? ORDER BY p.id";
    private static final String FIRST_ASSOCIATED = "SELECT p.impi FROM public_identity u "
            + "JOIN impi_impu x ON x.impu_id = u.id JOIN private_identity p ON p.id = x.impi_id "
            + "WHERE u.impu_key = ? ORDER BY p.id";

    private final Database db;
    private final IdentityReader identities;
    private final CatalogCache catalog;

    UserDataReader(Database db, IdentityReader identities, CatalogCache catalog) {
        this.db = db;
        this.identities = identities;
        this.catalog = catalog;
    }

    Optional<SubscriptionData> subscriptionFor(String impi, String impu) {
        CatalogCache.Snapshot cat = catalog.get(); // before taking a connection: a refresh needs one
        return db.read(c -> read(c, cat, impi, impu));
    }

    private Optional<SubscriptionData> read(Session c, CatalogCache.Snapshot cat, String impi, String impu)
            throws SQLException {
        List<PublicIdentity> set = identities.implicitSet(c, impu);
        if (set.isEmpty()) {
            return Optional.empty();
        }
        String key = IdentityUris.key(set.get(0).identity());
        List<Map.Entry<String, String>> impis = Rows.list(c, IMPIS,
                rs -> Map.entry(rs.getString(1), rs.getString(2)), key);
        if (impis.isEmpty()) {
            return Optional.empty();
        }
        String subscription = impis.get(0).getValue();
        String chosen;
        if (impi != null) {
            if (impis.stream().noneMatch(e -> e.getKey().equals(impi))) {
                return Optional.empty();
            }
            chosen = impi;
        } else {
            chosen = Rows.first(c, FIRST_ASSOCIATED, rs -> rs.getString(1), key).orElse(impis.get(0).getKey());
        }
        return Optional.of(assemble(cat, subscription, chosen, set));
    }

    /** The User-Data contents of implicit set {@code set} registered by {@code impi}, profiles from the catalog. */
    static SubscriptionData assemble(CatalogCache.Snapshot cat, String subscription, String impi,
            List<PublicIdentity> set) {
        Map<String, List<PublicIdentity>> byProfile = new LinkedHashMap<>();
        for (PublicIdentity p : set) {
            byProfile.computeIfAbsent(p.serviceProfile() == null ? "" : p.serviceProfile(), k -> new ArrayList<>())
                    .add(p);
        }
        List<ProfileData> profiles = new ArrayList<>(byProfile.size());
        Set<String> serverNames = new LinkedHashSet<>();
        for (Map.Entry<String, List<PublicIdentity>> e : byProfile.entrySet()) {
            ServiceProfile profile = e.getKey().isEmpty() ? ServiceProfile.empty("")
                    : cat.profile(e.getKey()).orElse(ServiceProfile.empty(e.getKey()));
            profile.initialFilterCriteria().stream().map(InitialFilterCriteria::serverName).forEach(serverNames::add);
            profiles.add(new ProfileData(profile, e.getValue()));
        }
        List<ApplicationServer> servers = new ArrayList<>(serverNames.size());
        for (String name : serverNames) {
            cat.server(name).ifPresent(servers::add);
        }
        return new SubscriptionData(subscription, impi, profiles, servers);
    }
}
