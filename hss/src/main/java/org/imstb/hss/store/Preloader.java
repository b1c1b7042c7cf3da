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
 * read would have loaded, built from the same rows, sharing objects where they are equal (identities in implicit sets
 * and IMPU lists, capabilities, owners of a subscription).
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
    private int privatesLoaded;
    /** One string object per distinct text read (identities, names, S-CSCFs), while loading. */
    private final Map<String, String> strings = new HashMap<>();

    /** What was loaded: identities of each kind. */
    record Counts(int publicIdentities, int privateIdentities, int registrations) {
    }

    /** One subscription's shared parts: its capabilities, name and private identities. */
    private static final class Subscription {
        final ServerCapabilities capabilities;
        final String name;
        final List<String> impis = new ArrayList<>();
        final Map<String, UserDataReader.Owner> owners = new HashMap<>();

        Subscription(String name, ServerCapabilities capabilities) {
            this.name = name;
            this.capabilities = capabilities;
        }

        /** One owner object per first associated IMPI (mostly one per subscription). */
        UserDataReader.Owner owner(String firstAssociated) {
            return owners.computeIfAbsent(firstAssociated == null ? "" : firstAssociated,
                    f -> new UserDataReader.Owner(name, impis, firstAssociated));
        }
    }

    private record Public(String key, long subscription, PublicIdentity identity) {
    }

    Preloader(int maxEntries) {
        this.max = maxEntries;
    }

    Counts load(Session c, SubscriberCache.Generation g) throws SQLException {
        if (max == 0) {
            return new Counts(0, 0, 0);
        }
        Map<Long, Subscription> subscriptions = new HashMap<>();
        Map<ServerCapabilities, ServerCapabilities> sharedCapabilities = new HashMap<>();
        for (Object[] row : Rows.list(c, SUBSCRIPTIONS, rs -> new Object[] {rs.getLong(4), rs.getString(5),
                IdentityReader.capabilities(rs)})) {
            ServerCapabilities caps = sharedCapabilities.computeIfAbsent((ServerCapabilities) row[2], k -> k);
            subscriptions.put((Long) row[0], new Subscription(share((String) row[1]), caps));
        }
        List<Public> publics = Rows.list(c, PUBLICS, rs -> new Public(share(rs.getString(8)), rs.getLong(9),
                shareStrings(Rows.publicIdentity(rs))));
        Map<String, String> firstAssociated = loadPrivates(c, g, subscriptions, publics);
        Map<String, List<PublicIdentity>> sets = implicitSets(publics);
        int n = 0;
        for (Public p : publics) {
            if (n++ >= max) {
                break;
            }
            Subscription s = subscriptions.get(p.subscription());
            UserDataReader.Owner owner = s == null || s.impis.isEmpty() ? null : s.owner(firstAssociated.get(p.key()));
            g.identities.put(p.key(), Optional.of(new IdentityCopy(p.identity(), firstOf(sets.get(setKey(p)),
                    p.identity()), owner, s == null ? null : s.capabilities)));
        }
        int registrations = loadRegistrations(c, g, publics);
        return new Counts(Math.min(publics.size(), max), Math.min(privatesLoaded, max), registrations);
    }

    /**
     * The private identities (their IMPU lists sharing the public identities' strings); returns the first IMPI
     * associated with each IMPU key, and lists each subscription's IMPIs.
     */
    private Map<String, String> loadPrivates(Session c, SubscriberCache.Generation g,
            Map<Long, Subscription> subscriptions, List<Public> publics) throws SQLException {
        List<Map.Entry<Long, PrivateIdentity>> privates = Rows.list(c, PRIVATES,
                rs -> Map.entry(rs.getLong(12), Rows.privateIdentity(rs)));
        Map<String, String> firstAssociated = new HashMap<>();
        int n = 0;
        for (Map.Entry<Long, PrivateIdentity> e : privates) {
            PrivateIdentity p = shareStrings(e.getValue());
            Subscription s = subscriptions.get(e.getKey());
            if (s != null) {
                s.impis.add(p.impi());
            }
            for (String impu : p.publicIdentities()) {
                firstAssociated.putIfAbsent(IdentityUris.key(impu), p.impi());
            }
            if (n++ < max) {
                g.privates.put(p.impi(), Optional.of(p));
            }
        }
        privatesLoaded = n;
        return firstAssociated;
    }

    /** The registration rows, and NOT_REGISTERED for the other loaded identities. */
    private int loadRegistrations(Session c, SubscriberCache.Generation g, List<Public> publics) throws SQLException {
        int n = 0;
        for (Map.Entry<String, RegistrationRecord> e : Rows.list(c, REGISTRATIONS, rs -> Map.entry(
                share(rs.getString(1)), new RegistrationRecord(share(rs.getString(2)),
                        RegistrationState.ofCode(rs.getInt(3)), share(rs.getString(4)), share(rs.getString(5)))))) {
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

    private String share(String text) {
        return text == null ? null : strings.computeIfAbsent(text, t -> t);
    }

    /** The identity with its texts shared (an implicit set is often named after its identity, profiles are few). */
    private PublicIdentity shareStrings(PublicIdentity p) {
        return new PublicIdentity(share(p.identity()), p.type(), p.barred(), share(p.implicitSet()),
                share(p.serviceProfile()), p.canRegister(), p.displayName());
    }

    /** The private identity with its texts shared with the public identities'. */
    private PrivateIdentity shareStrings(PrivateIdentity p) {
        return new PrivateIdentity(share(p.impi()), p.aka(), p.digest(),
                p.publicIdentities().stream().map(this::share).toList());
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
