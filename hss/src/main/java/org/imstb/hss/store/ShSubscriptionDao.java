package org.imstb.hss.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.imstb.common.sh.DataReference;
import org.imstb.hss.model.IdentityUris;
import org.imstb.hss.model.ShSubscription;

/**
 * Sh subscriptions to notifications (table sh_subscription), keyed by identity key, Data-Reference,
 * Service-Indication ('' when not RepositoryData) and the AS's Diameter host. Expired rows are never returned and
 * are purged when a subscription is added.
 */
final class ShSubscriptionDao {
    private static final String COLUMNS = "SELECT impu, data_reference, service_indication, as_host, as_realm, "
            + "expires_at, one_time FROM sh_subscription ";
    private static final String LIVE = " AND (expires_at IS NULL OR expires_at > ?)";
    private static final String MERGE = "MERGE INTO sh_subscription (impu_key, data_reference, service_indication, "
            + "as_host, impu, as_realm, expires_at, one_time) KEY (impu_key, data_reference, service_indication, "
            + "as_host) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final Database db;

    ShSubscriptionDao(Database db) {
        this.db = db;
    }

    void put(ShSubscription s, Instant now) {
        db.transaction(c -> {
            Rows.update(c, "DELETE FROM sh_subscription WHERE expires_at <= ?", time(now));
            Rows.update(c, MERGE, IdentityUris.key(s.identity()), s.dataReference().code(),
                    indication(s.serviceIndication()), s.asHost(), s.identity(), s.asRealm(), time(s.expiresAt()),
                    s.oneTime());
            return null;
        });
    }

    boolean remove(String impu, DataReference ref, String serviceIndication, String asHost) {
        return db.read(c -> Rows.update(c, "DELETE FROM sh_subscription WHERE impu_key = ? AND data_reference = ? "
                + "AND service_indication = ? AND as_host = ?", IdentityUris.key(impu), ref.code(),
                indication(serviceIndication), asHost)) > 0;
    }

    int removeAll(String impu, DataReference ref, String serviceIndication) {
        return db.read(c -> Rows.update(c, "DELETE FROM sh_subscription WHERE impu_key = ? AND data_reference = ? "
                + "AND service_indication = ?", IdentityUris.key(impu), ref.code(), indication(serviceIndication)));
    }

    List<ShSubscription> find(String impu, DataReference ref, String serviceIndication, Instant now) {
        return db.read(c -> Rows.list(c, COLUMNS + "WHERE impu_key = ? AND data_reference = ? "
                + "AND service_indication = ?" + LIVE + " ORDER BY as_host", ShSubscriptionDao::subscription,
                IdentityUris.key(impu), ref.code(), indication(serviceIndication), time(now)));
    }

    /** Whether any live subscription is to one of {@code refs}. */
    boolean any(List<DataReference> refs, Instant now) {
        StringBuilder in = new StringBuilder();
        for (DataReference r : refs) {
            in.append(in.length() == 0 ? "" : ", ").append(r.code());
        }
        return db.read(c -> Rows.first(c, "SELECT 1 FROM sh_subscription WHERE data_reference IN (" + in + ")" + LIVE
                + " LIMIT 1", rs -> Boolean.TRUE, time(now))).isPresent();
    }

    private static ShSubscription subscription(ResultSet rs) throws SQLException {
        DataReference ref = DataReference.of(rs.getInt(2));
        String indication = rs.getString(3);
        OffsetDateTime expires = rs.getObject(6, OffsetDateTime.class);
        return new ShSubscription(rs.getString(1), ref, ref == DataReference.REPOSITORY_DATA ? indication : null,
                rs.getString(4), rs.getString(5), expires == null ? null : expires.toInstant(), rs.getBoolean(7));
    }

    private static String indication(String serviceIndication) {
        return serviceIndication == null ? "" : serviceIndication;
    }

    private static OffsetDateTime time(Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }
}
