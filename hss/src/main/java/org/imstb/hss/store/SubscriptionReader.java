package org.imstb.hss.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.imstb.hss.model.PrivateIdentity;
import org.imstb.hss.model.PublicIdentity;
import org.imstb.hss.model.Subscription;

/** Reads whole subscriptions back (for provisioning tools, not the request path). */
final class SubscriptionReader {
    private SubscriptionReader() {
    }

    static Optional<Subscription> subscription(Session c, String name) throws SQLException {
        record Head(long id, String mandatory, String optional, String preferred) {
        }
        Optional<Head> head = Rows.first(c, "SELECT id, mandatory_caps, optional_caps, preferred_scscf "
                + "FROM subscription WHERE name = ?", rs -> new Head(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4)), name);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        long id = head.get().id();
        List<PublicIdentity> publics = Rows.list(c, "SELECT " + Rows.PUBLIC_COLUMNS + Rows.PUBLIC_FROM
                + "WHERE u.subscription_id = ? ORDER BY u.id", Rows::publicIdentity, id);
        List<PrivateIdentity> privates = Rows.list(c, "SELECT " + Rows.PRIVATE_COLUMNS + Rows.PRIVATE_FROM
                + "WHERE p.subscription_id = ? ORDER BY p.id", Rows::privateIdentity, id);
        Head h = head.get();
        return Optional.of(new Subscription(name, privates, publics, Rows.ints(h.mandatory()),
                Rows.ints(h.optional()), h.preferred()));
    }

    static List<String> names(Session c) throws SQLException {
        return Rows.list(c, "SELECT name FROM subscription ORDER BY name", rs -> rs.getString(1));
    }

    static int count(Session c) throws SQLException {
        return Rows.first(c, "SELECT COUNT(*) FROM subscription", rs -> rs.getInt(1)).orElse(0);
    }
}
