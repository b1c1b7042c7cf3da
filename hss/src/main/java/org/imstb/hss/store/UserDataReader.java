package org.imstb.hss.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.imstb.hss.model.ApplicationServer;
import org.imstb.hss.model.InitialFilterCriteria;
import org.imstb.hss.model.PublicIdentity;
import org.imstb.hss.model.ServiceProfile;
import org.imstb.hss.model.SubscriptionData;
import org.imstb.hss.model.SubscriptionData.ProfileData;

/**
 * The {@link SubscriptionData} of one registration: the implicit set and its {@link Owner} (read from the database, or
 * from their copies), profiles and servers from the catalog copy.
 */
final class UserDataReader {
    private static final String IMPIS = "SELECT p.impi, s.name FROM public_identity u "
            + "JOIN private_identity p ON p.subscription_id = u.subscription_id "
            + "JOIN subscription s ON s.id = u.subscription_id WHERE u.impu_key = ? ORDER BY p.id";
    private static final String FIRST_ASSOCIATED = "SELECT p.impi FROM public_identity u "
            + "JOIN impi_impu x ON x.impu_id = u.id JOIN private_identity p ON p.id = x.impi_id "
            + "WHERE u.impu_key = ? ORDER BY p.id";

    private final Database db;

    /**
     * Who holds an implicit set: the subscription's name, its private identities (provisioning order) and the first
     * of them associated with the set's identity (null if none is), the one a User-Data without IMPI names.
     */
    record Owner(String subscription, List<String> impis, String firstAssociated) {
        Owner {
            impis = List.copyOf(impis);
        }

        /** The IMPI a registration by {@code impi} (null: the HSS chooses) names; null if it is not one of them. */
        String chosen(String impi) {
            if (impi != null) {
                return impis.contains(impi) ? impi : null;
            }
            return firstAssociated != null ? firstAssociated : impis.get(0);
        }
    }

    UserDataReader(Database db) {
        this.db = db;
    }

    /** The owner of the identity with lookup key {@code key} (exact); empty if none or without private identity. */
    Optional<Owner> owner(String key) {
        return db.read(c -> {
            List<Map.Entry<String, String>> impis = Rows.list(c, IMPIS,
                    rs -> Map.entry(rs.getString(1), rs.getString(2)), key);
            if (impis.isEmpty()) {
                return Optional.empty();
            }
            String first = Rows.first(c, FIRST_ASSOCIATED, rs -> rs.getString(1), key).orElse(null);
            return Optional.of(new Owner(impis.get(0).getValue(),
                    impis.stream().map(Map.Entry::getKey).toList(), first));
        });
    }

    /**
     * The User-Data contents of a registration by {@code impi} of implicit set {@code set} (the registered identity
     * first) held by {@code owner}; empty if that IMPI is not of the subscription.
     */
    static Optional<SubscriptionData> subscriptionFor(CatalogCache.Snapshot cat, Owner owner, String impi,
            List<PublicIdentity> set) {
        String chosen = owner.chosen(impi);
        return chosen == null ? Optional.empty() : Optional.of(assemble(cat, owner.subscription(), chosen, set));
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
