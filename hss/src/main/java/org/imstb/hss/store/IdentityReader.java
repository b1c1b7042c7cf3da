package org.imstb.hss.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.imstb.hss.model.IdentityType;
import org.imstb.hss.model.IdentityUris;
import org.imstb.hss.model.PrivateIdentity;
import org.imstb.hss.model.PublicIdentity;
import org.imstb.hss.model.ServerCapabilities;

/**
 * Identity lookups on the request path. Every query goes through a unique index (impi, impu_key) or the
 * (subscription_id, implicit_set) index; wildcarded PSIs are tried only when no identity has the asked key, by
 * reading the (few) wildcard rows through the identity_type index and matching compiled patterns.
 */
final class IdentityReader {
    private static final String BY_KEY = "SELECT " + Rows.PUBLIC_COLUMNS + Rows.PUBLIC_FROM + "WHERE u.impu_key = ?";
    private static final String WILDCARDS = "SELECT " + Rows.PUBLIC_COLUMNS + Rows.PUBLIC_FROM
            + "WHERE u.identity_type = " + IdentityType.WILDCARDED_PSI.code() + " ORDER BY u.id";
    private static final String PRIVATE = "SELECT " + Rows.PRIVATE_COLUMNS + Rows.PRIVATE_FROM + "WHERE p.impi = ?";
    private static final String ASSOCIATED = "SELECT 1 FROM private_identity p JOIN impi_impu x ON x.impi_id = p.id "
            + "JOIN public_identity u ON u.id = x.impu_id WHERE p.impi = ? AND u.impu_key = ?";
    private static final String IMPLICIT_SET = "SELECT " + Rows.PUBLIC_COLUMNS + " FROM public_identity a "
            + "JOIN public_identity u ON u.subscription_id = a.subscription_id AND u.implicit_set = a.implicit_set "
            + "WHERE a.impu_key = ? ORDER BY u.id";
    private static final String SUBSCRIPTION_SET = "SELECT " + Rows.PUBLIC_COLUMNS + " FROM public_identity a "
            + "JOIN public_identity u ON u.subscription_id = a.subscription_id WHERE a.impu_key = ? ORDER BY u.id";
    private static final String CAPABILITIES = "SELECT s.mandatory_caps, s.optional_caps, s.preferred_scscf "
            + "FROM public_identity u JOIN subscription s ON s.id = u.subscription_id WHERE u.impu_key = ?";
    private static final String OWNER_OF_PUBLIC = "SELECT s.name FROM public_identity u JOIN subscription s "
            + "ON s.id = u.subscription_id WHERE u.impu_key = ?";
    private static final String OWNER_OF_PRIVATE = "SELECT s.name FROM private_identity p JOIN subscription s "
            + "ON s.id = p.subscription_id WHERE p.impi = ?";

    private final Database db;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    IdentityReader(Database db) {
        this.db = db;
    }

    Optional<PublicIdentity> findPublic(String impu) {
        return db.read(c -> findPublic(c, impu));
    }

    /** Exact key match first, then the wildcarded PSIs in provisioning order. */
    Optional<PublicIdentity> findPublic(Session c, String impu) throws SQLException {
        if (impu == null || impu.isBlank()) {
            return Optional.empty();
        }
        String key = IdentityUris.key(impu);
        Optional<PublicIdentity> exact = Rows.first(c, BY_KEY, Rows::publicIdentity, key);
        return exact.isPresent() ? exact : matchWildcard(c, key);
    }

    private Optional<PublicIdentity> matchWildcard(Session c, String key) throws SQLException {
        for (PublicIdentity w : Rows.list(c, WILDCARDS, Rows::publicIdentity)) {
            if (pattern(w.identity()).matcher(key).matches()) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    private Pattern pattern(String wildcard) {
        if (patterns.size() > 10_000) {
            patterns.clear();
        }
        return patterns.computeIfAbsent(wildcard, IdentityUris::wildcardPattern);
    }

    Optional<PrivateIdentity> findPrivate(String impi) {
        if (impi == null) {
            return Optional.empty();
        }
        return db.read(c -> Rows.first(c, PRIVATE, Rows::privateIdentity, impi));
    }

    boolean isAssociated(String impi, String impu) {
        if (impi == null || impu == null) {
            return false;
        }
        return db.read(c -> {
            if (Rows.first(c, ASSOCIATED, rs -> Boolean.TRUE, impi, IdentityUris.key(impu)).isPresent()) {
                return true;
            }
            Optional<PublicIdentity> found = findPublic(c, impu);
            return found.isPresent() && found.get().isWildcard()
                    && Rows.first(c, ASSOCIATED, rs -> Boolean.TRUE, impi,
                    IdentityUris.key(found.get().identity())).isPresent();
        });
    }

    List<PublicIdentity> implicitSet(String impu) {
        return db.read(c -> implicitSet(c, impu));
    }

    /** The implicit set of {@code impu}, the identity matching it first; empty if unknown. */
    List<PublicIdentity> implicitSet(Session c, String impu) throws SQLException {
        if (impu == null || impu.isBlank()) {
            return List.of();
        }
        String key = IdentityUris.key(impu);
        List<PublicIdentity> set = Rows.list(c, IMPLICIT_SET, Rows::publicIdentity, key);
        if (set.isEmpty()) {
            Optional<PublicIdentity> wildcard = matchWildcard(c, key);
            if (wildcard.isEmpty()) {
                return List.of();
            }
            key = IdentityUris.key(wildcard.get().identity());
            set = Rows.list(c, IMPLICIT_SET, Rows::publicIdentity, key);
        }
        List<PublicIdentity> ordered = new ArrayList<>(set.size());
        for (PublicIdentity p : set) {
            if (IdentityUris.key(p.identity()).equals(key)) {
                ordered.add(0, p);
            } else {
                ordered.add(p);
            }
        }
        return ordered;
    }

    /** Every public identity of the subscription holding {@code impu} (or the wildcarded PSI it matches). */
    List<PublicIdentity> subscriptionIdentities(String impu) {
        if (impu == null || impu.isBlank()) {
            return List.of();
        }
        return db.read(c -> {
            String key = IdentityUris.key(impu);
            List<PublicIdentity> all = Rows.list(c, SUBSCRIPTION_SET, Rows::publicIdentity, key);
            if (!all.isEmpty()) {
                return all;
            }
            Optional<PublicIdentity> wildcard = matchWildcard(c, key);
            return wildcard.isEmpty() ? List.of() : Rows.list(c, SUBSCRIPTION_SET, Rows::publicIdentity,
                    IdentityUris.key(wildcard.get().identity()));
        });
    }

    Optional<ServerCapabilities> serverCapabilities(String impu) {
        if (impu == null || impu.isBlank()) {
            return Optional.empty();
        }
        return db.read(c -> {
            String key = IdentityUris.key(impu);
            Optional<ServerCapabilities> caps = Rows.first(c, CAPABILITIES, IdentityReader::capabilities, key);
            if (caps.isPresent()) {
                return caps;
            }
            Optional<PublicIdentity> wildcard = matchWildcard(c, key);
            return wildcard.isEmpty() ? Optional.empty() : Rows.first(c, CAPABILITIES, IdentityReader::capabilities,
                    IdentityUris.key(wildcard.get().identity()));
        });
    }

    static ServerCapabilities capabilities(ResultSet rs) throws SQLException {
        return new ServerCapabilities(Rows.ints(rs.getString(1)), Rows.ints(rs.getString(2)),
                rs.getString(3) == null ? List.of() : List.of(rs.getString(3)));
    }

    /** Name of the subscription holding {@code identity} as an IMPI or (by key, not wildcard) an IMPU. */
    Optional<String> ownerOf(Session c, String identity) throws SQLException {
        Optional<String> owner = Rows.first(c, OWNER_OF_PRIVATE, rs -> rs.getString(1), identity);
        return owner.isPresent() ? owner
                : Rows.first(c, OWNER_OF_PUBLIC, rs -> rs.getString(1), IdentityUris.key(identity));
    }
}
