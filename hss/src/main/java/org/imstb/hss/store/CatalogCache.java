package org.imstb.hss.store;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.imstb.hss.model.ApplicationServer;
import org.imstb.hss.model.Scscf;
import org.imstb.hss.model.ServiceProfile;

/**
 * An in-memory copy of the small shared objects (S-CSCFs, application servers, service profiles with their
 * iFCs), so that the request path never reads them from the database. Every provisioning write (catalog or
 * subscriptions) bumps {@code catalog_version}, the provisioning version; the copy is reloaded when that changes, checked at most every
 * {@value #CHECK_MILLIS} ms (so changes made by another process, e.g. the provisioning CLI, show within that time)
 * and at once after writes through this store.
 */
final class CatalogCache {
    static final long CHECK_MILLIS = 500;
    private static final long CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(CHECK_MILLIS);

    private final Database db;
    private volatile Snapshot snapshot;

    /** One consistent copy of the catalog. */
    record Snapshot(long version, long checkedAt, List<Scscf> scscfs, List<ApplicationServer> servers,
                    Map<String, ApplicationServer> serversByUri, Map<String, ServiceProfile> profiles) {
        Snapshot checked(long now) {
            return new Snapshot(version, now, scscfs, servers, serversByUri, profiles);
        }

        Optional<ApplicationServer> server(String uri) {
            return Optional.ofNullable(serversByUri.get(uri));
        }

        Optional<ServiceProfile> profile(String name) {
            return Optional.ofNullable(profiles.get(name));
        }
    }

    CatalogCache(Database db) {
        this.db = db;
    }

    Snapshot get() {
        Snapshot s = snapshot;
        long now = System.nanoTime();
        if (s != null && now - s.checkedAt() < CHECK_NANOS) {
            return s;
        }
        return refresh(now);
    }

    /**
     * Makes the next {@link #get} check the version at once (one query; a reload only if it changed), so that a
     * change another process made just before is seen.
     */
    void recheck() {
        Snapshot s = snapshot;
        if (s != null) {
            snapshot = s.checked(System.nanoTime() - CHECK_NANOS - 1);
        }
    }

    /** Forgets the copy (after a write through this store). */
    void invalidate() {
        snapshot = null;
    }

    private synchronized Snapshot refresh(long now) {
        Snapshot s = snapshot;
        if (s != null && now - s.checkedAt() < CHECK_NANOS) {
            return s;
        }
        Snapshot fresh = db.read(c -> {
            long version = version(c);
            return s != null && s.version() == version ? s.checked(now) : load(c, version, now);
        });
        snapshot = fresh;
        return fresh;
    }

    static long version(Session c) throws SQLException {
        return Rows.first(c, "SELECT version FROM catalog_version WHERE id = 1", rs -> rs.getLong(1)).orElse(0L);
    }

    static void bump(Session c) throws SQLException {
        Rows.update(c, "UPDATE catalog_version SET version = version + 1 WHERE id = 1");
    }

    private static Snapshot load(Session c, long version, long now) throws SQLException {
        List<ApplicationServer> servers = CatalogDao.applicationServers(c);
        Map<String, ApplicationServer> byUri = new LinkedHashMap<>();
        servers.forEach(a -> byUri.put(a.serverName(), a));
        Map<String, ServiceProfile> profiles = new LinkedHashMap<>();
        CatalogDao.serviceProfiles(c).forEach(p -> profiles.put(p.name(), p));
        return new Snapshot(version, now, List.copyOf(CatalogDao.scscfs(c)), List.copyOf(servers), Map.copyOf(byUri),
                java.util.Collections.unmodifiableMap(profiles));
    }
}
