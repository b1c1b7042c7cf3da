package org.imstb.hss.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.imstb.hss.model.AkaCredentials;
import org.imstb.hss.model.DigestCredentials;
import org.imstb.hss.model.IdentityUris;
import org.imstb.hss.model.PrivateIdentity;
import org.imstb.hss.model.PublicIdentity;
import org.imstb.hss.model.Subscription;

/**
 * Inserts, removes and replaces subscriptions inside the caller's transaction. Replacing keeps the mutable state
 * of identities that stay: the SQN of an IMPI (the higher of the stored and the provisioned value) and the
 * registration of an IMPU; registrations of IMPUs that disappear are dropped.
 */
final class SubscriptionWriter {
    private final IdentityReader identities;

    SubscriptionWriter(IdentityReader identities) {
        this.identities = identities;
    }

    /** Inserts {@code s}; a name, IMPI or IMPU already stored is a {@link ConflictException}. */
    void insert(Session c, Subscription s) throws SQLException {
        check(s);
        if (Rows.first(c, "SELECT 1 FROM subscription WHERE name = ?", rs -> 1, s.name()).isPresent()) {
            throw new ConflictException("subscription '" + s.name() + "' already exists");
        }
        for (PrivateIdentity p : s.privateIdentities()) {
            owner(c, p.impi()).ifPresent(o -> {
                throw new ConflictException("private identity " + p.impi() + " already belongs to subscription '"
                        + o + "'");
            });
        }
        for (PublicIdentity u : s.publicIdentities()) {
            owner(c, u.identity()).ifPresent(o -> {
                throw new ConflictException("public identity " + u.identity() + " already belongs to subscription '"
                        + o + "'");
            });
        }
        long subscriptionId;
        try (PreparedStatement ps = c.connection().prepareStatement("INSERT INTO subscription (name, mandatory_caps, "
                + "optional_caps, preferred_scscf) VALUES (?, ?, ?, ?)", new String[] {"ID"})) {
            Rows.bind(ps, s.name(), Rows.csv(s.mandatoryCapabilities()), Rows.csv(s.optionalCapabilities()),
                    s.preferredScscf());
            ps.executeUpdate();
            subscriptionId = CatalogDao.generatedId(ps);
        }
        Map<String, Long> impuIds = new HashMap<>();
        for (PublicIdentity u : s.publicIdentities()) {
            impuIds.put(u.identity(), insertPublic(c, subscriptionId, u));
        }
        for (PrivateIdentity p : s.privateIdentities()) {
            long impiId = insertPrivate(c, subscriptionId, p);
            try (PreparedStatement ps = c.connection().prepareStatement("INSERT INTO impi_impu (impi_id, impu_id) VALUES (?, ?)")) {
                for (String impu : p.publicIdentities()) {
                    Long impuId = impuIds.get(impu);
                    if (impuId == null) {
                        throw new ConflictException("private identity " + p.impi() + " lists " + impu
                                + ", which is not a public identity of subscription '" + s.name() + "'");
                    }
                    Rows.bind(ps, impiId, impuId);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    /** Identity syntax and duplicates inside one subscription. */
    static void check(Subscription s) {
        Set<String> seen = new HashSet<>();
        for (PrivateIdentity p : s.privateIdentities()) {
            String problem = IdentityUris.checkPrivate(p.impi());
            if (problem != null) {
                throw new IllegalArgumentException("private identity: " + problem);
            }
            if (!seen.add(p.impi())) {
                throw new ConflictException("private identity " + p.impi() + " appears twice in subscription '"
                        + s.name() + "'");
            }
        }
        for (PublicIdentity u : s.publicIdentities()) {
            String problem = u.isWildcard() ? IdentityUris.checkWildcard(u.identity())
                    : IdentityUris.checkPublic(u.identity());
            if (problem != null) {
                throw new IllegalArgumentException("public identity: " + problem);
            }
            if (!seen.add(IdentityUris.key(u.identity()))) {
                throw new ConflictException("public identity " + u.identity() + " appears twice in subscription '"
                        + s.name() + "'");
            }
        }
    }

    private Optional<String> owner(Session c, String identity) throws SQLException {
        return identities.ownerOf(c, identity);
    }

    private static long insertPublic(Session c, long subscriptionId, PublicIdentity u) throws SQLException {
        if (u.serviceProfile() != null && Rows.first(c, "SELECT 1 FROM service_profile WHERE name = ?", rs -> 1,
                u.serviceProfile()).isEmpty()) {
            throw new ConflictException("public identity " + u.identity() + " names service profile '"
                    + u.serviceProfile() + "', which is not provisioned");
        }
        try (PreparedStatement ps = c.connection().prepareStatement("INSERT INTO public_identity (subscription_id, impu, impu_key, "
                + "identity_type, barred, implicit_set, profile_name, can_register, display_name) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"ID"})) {
            Rows.bind(ps, subscriptionId, u.identity(), IdentityUris.key(u.identity()), u.type().code(), u.barred(),
                    u.implicitSet(), u.serviceProfile(), u.canRegister(), u.displayName());
            ps.executeUpdate();
            return CatalogDao.generatedId(ps);
        }
    }

    private static long insertPrivate(Session c, long subscriptionId, PrivateIdentity p) throws SQLException {
        AkaCredentials a = p.aka();
        DigestCredentials d = p.digest();
        try (PreparedStatement ps = c.connection().prepareStatement("INSERT INTO private_identity (subscription_id, impi, aka_k, "
                + "aka_opc, aka_op, aka_amf, digest_password, digest_ha1, digest_realm, impus) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"ID"})) {
            Rows.bind(ps, subscriptionId, p.impi(), a == null ? null : a.k(), a == null ? null : a.opc(),
                    a == null ? null : a.op(), a == null ? null : a.amf(),
                    d == null ? null : d.password(), d == null ? null : d.ha1(), d == null ? null : d.realm(),
                    Rows.lines(p.publicIdentities()));
            ps.executeUpdate();
            long id = CatalogDao.generatedId(ps);
            if (a != null) {
                Rows.update(c, "INSERT INTO aka_sqn (impi_id, sqn) VALUES (?, ?)", id, a.sqn());
            }
            return id;
        }
    }

    /** Deletes subscription {@code name} and the registrations of its public identities. */
    boolean remove(Session c, String name) throws SQLException {
        Optional<Long> id = Rows.first(c, "SELECT id FROM subscription WHERE name = ?", rs -> rs.getLong(1), name);
        if (id.isEmpty()) {
            return false;
        }
        Rows.update(c, "DELETE FROM registration WHERE impu_key IN "
                + "(SELECT impu_key FROM public_identity WHERE subscription_id = ?)", id.get());
        Rows.update(c, "DELETE FROM subscription WHERE id = ?", id.get());
        return true;
    }

    /** Replaces (or adds) every subscription of {@code subs} by name, keeping SQNs and registrations that stay. */
    void replaceAll(Session c, Collection<Subscription> subs) throws SQLException {
        Map<String, Long> oldSqn = new HashMap<>();
        Set<String> oldKeys = new HashSet<>();
        for (Subscription s : subs) {
            Optional<Long> id = Rows.first(c, "SELECT id FROM subscription WHERE name = ?", rs -> rs.getLong(1),
                    s.name());
            if (id.isPresent()) {
                for (Map.Entry<String, Long> e : Rows.list(c, "SELECT p.impi, q.sqn FROM private_identity p "
                        + "JOIN aka_sqn q ON q.impi_id = p.id WHERE p.subscription_id = ?",
                        rs -> Map.entry(rs.getString(1), rs.getLong(2)), id.get())) {
                    oldSqn.put(e.getKey(), e.getValue());
                }
                oldKeys.addAll(Rows.list(c, "SELECT impu_key FROM public_identity WHERE subscription_id = ?",
                        rs -> rs.getString(1), id.get()));
                Rows.update(c, "DELETE FROM subscription WHERE id = ?", id.get());
            }
        }
        for (Subscription s : subs) {
            insert(c, s);
            for (PrivateIdentity p : s.privateIdentities()) {
                Long old = oldSqn.get(p.impi());
                if (old != null) {
                    Rows.update(c, "UPDATE aka_sqn SET sqn = GREATEST(sqn, ?) WHERE impi_id = "
                            + "(SELECT id FROM private_identity WHERE impi = ?)", old, p.impi());
                }
            }
            for (PublicIdentity u : s.publicIdentities()) {
                oldKeys.remove(IdentityUris.key(u.identity()));
            }
        }
        List<String> gone = new ArrayList<>(oldKeys);
        try (PreparedStatement ps = c.connection().prepareStatement("DELETE FROM registration WHERE impu_key = ?")) {
            for (String key : gone) {
                Rows.bind(ps, key);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
