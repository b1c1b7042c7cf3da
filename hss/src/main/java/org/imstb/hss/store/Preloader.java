package org.imstb.hss.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
 * Fills a {@link SubscriberCache} generation in bulk instead of one request at a time, up to the cache's bound per
 * kind: what each lazy read would have loaded, built from the same rows. Subscriptions, their private and their
 * public identities are read as three streams ordered by subscription and handled one subscription at a time, so
 * that loading needs little memory beyond the copies; then the registration rows. Equal objects are shared (identity
 * texts in IMPU lists and registrations, profile and S-CSCF names, capabilities).
 *
 * <p>Meant for a store nobody else writes through yet (the HSS before it serves requests): registration copies are
 * put without the per-identity lock that {@link Registrations} takes. Wildcard matches and unknown identities are
 * still loaded on first use.
 */
final class Preloader {
    private static final String SUBSCRIPTIONS = "SELECT s.mandatory_caps, s.optional_caps, s.preferred_scscf, s.id, "
            + "s.name FROM subscription s ORDER BY s.id";
    private static final String PRIVATES = "SELECT " + Rows.PRIVATE_COLUMNS + ", p.subscription_id" + Rows.PRIVATE_FROM
            + "ORDER BY p.subscription_id, p.id";
    private static final String PUBLICS = "SELECT " + Rows.PUBLIC_COLUMNS + ", u.impu_key, u.subscription_id"
            + Rows.PUBLIC_FROM + "ORDER BY u.subscription_id, u.id";
    private static final String REGISTRATIONS = "SELECT impu_key, impu, state, scscf_name, impi FROM registration";

    private final int max;
    /** Texts that repeat across many rows (profile, implicit set and S-CSCF names), one object each. */
    private final Map<String, String> names = new HashMap<>();
    private final Map<ServerCapabilities, ServerCapabilities> capabilities = new HashMap<>();
    private int publicsLoaded;
    private int privatesLoaded;

    /** What was loaded: identities of each kind. */
    record Counts(int publicIdentities, int privateIdentities, int registrations) {
    }

    private record Public(String key, PublicIdentity identity) {
    }

    Preloader(int maxEntries) {
        this.max = maxEntries;
    }

    Counts load(Session c, SubscriberCache.Generation g) throws SQLException {
        if (max == 0) {
            return new Counts(0, 0, 0);
        }
        try (ResultSet subs = query(c, SUBSCRIPTIONS); ResultSet privates = query(c, PRIVATES);
             ResultSet publics = query(c, PUBLICS)) {
            boolean morePrivates = privates.next();
            boolean morePublics = publics.next();
            while (subs.next() && publicsLoaded < max) {
                long id = subs.getLong(4);
                ServerCapabilities caps = capabilities.computeIfAbsent(IdentityReader.capabilities(subs), k -> k);
                List<PrivateIdentity> impis = new ArrayList<>();
                while (morePrivates && privates.getLong(12) <= id) {
                    if (privates.getLong(12) == id) {
                        impis.add(Rows.privateIdentity(privates));
                    }
                    morePrivates = privates.next();
                }
                List<Public> ids = new ArrayList<>();
                while (morePublics && publics.getLong(9) <= id) {
                    if (publics.getLong(9) == id) {
                        ids.add(new Public(publics.getString(8), Rows.publicIdentity(publics)));
                    }
                    morePublics = publics.next();
                }
                subscription(g, subs.getString(5), caps, impis, ids);
            }
        }
        return new Counts(publicsLoaded, privatesLoaded, loadRegistrations(c, g));
    }

    private static ResultSet query(Session c, String sql) throws SQLException {
        PreparedStatement ps = c.prepare(sql);
        return ps.executeQuery();
    }

    /** The copies of one subscription's identities. */
    private void subscription(SubscriberCache.Generation g, String name, ServerCapabilities caps,
            List<PrivateIdentity> privates, List<Public> publics) {
        Map<String, String> texts = new HashMap<>();
        List<Public> shared = new ArrayList<>(publics.size());
        for (Public p : publics) {
            PublicIdentity i = p.identity();
            String text = i.identity();
            texts.put(text, text);
            String set = text.equals(i.implicitSet()) ? text : name(i.implicitSet());
            String key = p.key().equals(text) ? text : p.key();
            shared.add(new Public(key, new PublicIdentity(text, i.type(), i.barred(), set,
                    name(i.serviceProfile()), i.canRegister(), i.displayName())));
        }
        Map<String, String> firstAssociated = new HashMap<>();
        List<String> impis = new ArrayList<>(privates.size());
        for (PrivateIdentity p : privates) {
            impis.add(p.impi());
            List<String> impus = p.publicIdentities().stream().map(t -> texts.getOrDefault(t, t)).toList();
            impus.forEach(t -> firstAssociated.putIfAbsent(IdentityUris.key(t), p.impi()));
            if (privatesLoaded < max) {
                g.privates.put(p.impi(), Optional.of(new PrivateIdentity(p.impi(), p.aka(), p.digest(), impus)));
                privatesLoaded++;
            }
        }
        Map<String, UserDataReader.Owner> owners = new HashMap<>();
        Map<String, List<PublicIdentity>> sets = new LinkedHashMap<>();
        shared.forEach(p -> sets.computeIfAbsent(p.identity().implicitSet(), k -> new ArrayList<>()).add(p.identity()));
        for (Public p : shared) {
            if (publicsLoaded >= max) {
                return;
            }
            UserDataReader.Owner owner = impis.isEmpty() ? null : owners.computeIfAbsent(
                    String.valueOf(firstAssociated.get(p.key())),
                    f -> new UserDataReader.Owner(name, impis, firstAssociated.get(p.key())));
            g.identities.put(p.key(), Optional.of(new IdentityCopy(p.identity(),
                    firstOf(sets.get(p.identity().implicitSet()), p.identity()), owner, caps)));
            publicsLoaded++;
        }
    }

    /**
     * The registration rows (their texts shared with the loaded copies), and NOT_REGISTERED for the other loaded
     * identities.
     */
    private int loadRegistrations(Session c, SubscriberCache.Generation g) throws SQLException {
        int n = 0;
        try (ResultSet rs = query(c, REGISTRATIONS)) {
            while (rs.next() && n < max) {
                String key = rs.getString(1);
                Optional<IdentityCopy> copy = g.identities.getIfPresent(key);
                String impu = rs.getString(2);
                if (copy != null && copy.isPresent() && copy.get().identity().identity().equals(impu)) {
                    impu = copy.get().identity().identity();
                    key = key.equals(impu) ? impu : key;
                }
                String impi = rs.getString(5);
                Optional<PrivateIdentity> p = impi == null ? null : g.privates.getIfPresent(impi);
                impi = p != null && p.isPresent() ? p.get().impi() : impi;
                g.registrations.put(key, new RegistrationRecord(impu, RegistrationState.ofCode(rs.getInt(3)),
                        name(rs.getString(4)), impi));
                n++;
            }
        }
        for (Map.Entry<String, Optional<IdentityCopy>> e : g.identities.asMap().entrySet()) {
            if (n >= max) {
                break;
            }
            if (e.getValue().isPresent() && g.registrations.getIfPresent(e.getKey()) == null) {
                g.registrations.put(e.getKey(), RegistrationRecord.notRegistered(e.getValue().get().identity()
                        .identity()));
                n++;
            }
        }
        return n;
    }

    private String name(String text) {
        return text == null ? null : names.computeIfAbsent(text, t -> t);
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
