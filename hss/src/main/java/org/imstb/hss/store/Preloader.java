package org.imstb.hss.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imstb.hss.model.IdentityUris;
import org.imstb.hss.model.PrivateIdentity;
import org.imstb.hss.model.PublicIdentity;
import org.imstb.hss.model.RegistrationRecord;
import org.imstb.hss.model.RegistrationState;
import org.imstb.hss.model.ServerCapabilities;

/**
 * Fills a {@link SubscriberCache} generation with four table scans (subscriptions, public identities, private
 * identities, registrations) instead of one request at a time, up to the cache's bound per kind: what each lazy
 * read would have loaded, built from the same rows, the implicit sets and User-Data sharing the identity objects.
 * Meant for a store nobody else writes through yet (the HSS before it serves requests): registration copies are put
 * without the per-identity lock that {@link Registrations} takes. Wildcard matches and unknown identities are
 * still loaded on first use.
 */
final class Preloader {
    private static final String SUBSCRIPTIONS = "SELECT s.mandatory_caps, s.optional_caps, s.preferred_scscf, s.id, "
            + "s.name FROM subscription s";
    private static final String PUBLICS = "SELECT " + Rows.PUBLIC_COLUMNS + ", u.impu_key, u.subscription_id"
            + Rows.PUBLIC_FROM + "ORDER BY u.id";
    private static final String PRIVATES = "SELECT " + Rows.PRIVATE_COLUMNS + ", p.subscription_id" + Rows.PRIVATE_FROM
            + "ORDER BY p.id";
    private static final String REGISTRATIONS = "SELECT impu_key, impu, state, scscf_name, impi FROM registration";

    private final int max;

    /** What was loaded: identities of each kind. */
    record Counts(int publicIdentities, int privateIdentities, int registrations) {
    }

    private record Subscription(String name, ServerCapabilities capabilities) {
    }

    private record Public(String key, long subscription, PublicIdentity identity) {
    }

    Preloader(int maxEntries) {
        this.max = maxEntries;
    }

    Counts load(Session c, SubscriberCache.Generation g, CatalogCache.Snapshot catalog) throws SQLException {
        if (max == 0) {
            return new Counts(0, 0, 0);
        }
        Map<Long, Subscription> subscriptions = new HashMap<>();
        for (Object[] row : Rows.list(c, SUBSCRIPTIONS, rs -> new Object[] {rs.getLong(4), rs.getString(5),
                IdentityReader.capabilities(rs)})) {
            subscriptions.put((Long) row[0], new Subscription((String) row[1], (ServerCapabilities) row[2]));
        }
        List<Public> publics = Rows.list(c, PUBLICS, rs -> new Public(rs.getString(8), rs.getLong(9),
                Rows.publicIdentity(rs)));
        Map<String, List<PublicIdentity>> sets = implicitSets(publics);
        int n = 0;
        for (Public p : publics) {
            if (n++ >= max) {
                break;
            }
            g.publics.put(p.key(), Optional.of(p.identity()));
            g.implicitSets.put(p.key(), firstOf(sets.get(setKey(p)), p.identity()));
            Subscription s = subscriptions.get(p.subscription());
            if (s != null) {
                g.capabilities.put(p.key(), Optional.of(s.capabilities()));
            }
        }
        int privates = loadPrivates(c, g, catalog, subscriptions);
        int registrations = loadRegistrations(c, g, publics);
        return new Counts(Math.min(publics.size(), max), privates, registrations);
    }

    private int loadPrivates(Session c, SubscriberCache.Generation g, CatalogCache.Snapshot catalog,
            Map<Long, Subscription> subscriptions) throws SQLException {
        List<Map.Entry<Long, PrivateIdentity>> privates = Rows.list(c, PRIVATES,
                rs -> Map.entry(rs.getLong(12), Rows.privateIdentity(rs)));
        int n = 0;
        int userData = 0;
        for (Map.Entry<Long, PrivateIdentity> e : privates) {
            if (n >= max) {
                break;
            }
            PrivateIdentity p = e.getValue();
            g.privates.put(p.impi(), Optional.of(p));
            n++;
            Subscription s = subscriptions.get(e.getKey());
            for (String impu : p.publicIdentities()) {
                String key = IdentityUris.key(impu);
                List<PublicIdentity> set = g.implicitSets.getIfPresent(key);
                if (s != null && set != null && userData < max) {
                    g.userData.put(SubscriberCache.userDataKey(p.impi(), key),
                            Optional.of(UserDataReader.assemble(catalog, s.name(), p.impi(), set)));
                    userData++;
                }
            }
        }
        return n;
    }

    /** The registration rows, and NOT_REGISTERED for the other loaded identities. */
    private int loadRegistrations(Session c, SubscriberCache.Generation g, List<Public> publics) throws SQLException {
        int n = 0;
        for (Map.Entry<String, RegistrationRecord> e : Rows.list(c, REGISTRATIONS, rs -> Map.entry(rs.getString(1),
                new RegistrationRecord(rs.getString(2), RegistrationState.ofCode(rs.getInt(3)), rs.getString(4),
                        rs.getString(5))))) {
            if (n++ >= max) {
                return max;
            }
            g.registrations.put(e.getKey(), e.getValue());
        }
        for (Public p : publics) {
            if (n >= max) {
                break;
            }
            if (g.registrations.getIfPresent(p.key()) == null) {
                g.registrations.put(p.key(), RegistrationRecord.notRegistered(p.identity().identity()));
                n++;
            }
        }
        return n;
    }

    /** Members of each implicit set (subscription, set name) in row order. */
    private static Map<String, List<PublicIdentity>> implicitSets(List<Public> publics) {
        Map<String, List<PublicIdentity>> sets = new LinkedHashMap<>();
        for (Public p : publics) {
            sets.computeIfAbsent(setKey(p), k -> new ArrayList<>()).add(p.identity());
        }
        return sets;
    }

    private static String setKey(Public p) {
        return p.subscription() + "\0" + p.identity().implicitSet();
    }

    /** The set with {@code first} moved to the front, the others in row order (as {@code implicitSet} reads it). */
    private static List<PublicIdentity> firstOf(List<PublicIdentity> set, PublicIdentity first) {
        if (set.get(0) == first) {
            return List.copyOf(set);
        }
        List<PublicIdentity> ordered = new ArrayList<>(set.size());
        ordered.add(first);
        for (PublicIdentity p : set) {
            if (p != first) {
                ordered.add(p);
            }
        }
        return List.copyOf(ordered);
    }
}
