package org.imstb.hss.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.imstb.hss.model.ApplicationServer;
import org.imstb.hss.model.InitialFilterCriteria;
import org.imstb.hss.model.Scscf;
import org.imstb.hss.model.ServiceProfile;

/**
 * The shared provisioning objects: S-CSCFs, application servers and service profiles (with their iFCs). Writes
 * replace an object of the same name; they run inside the caller's transaction.
 */
final class CatalogDao {
    private static final String PROFILE = "SELECT id, name, shared_ifc_sets, media_profile_id FROM service_profile ";

    // ---- S-CSCFs

    static void putScscf(Session c, Scscf s) throws SQLException {
        Rows.update(c, "MERGE INTO scscf (name, mandatory_caps, optional_caps) KEY (name) VALUES (?, ?, ?)",
                s.name(), Rows.csv(s.mandatoryCapabilities()), Rows.csv(s.optionalCapabilities()));
    }

    static List<Scscf> scscfs(Session c) throws SQLException {
        return Rows.list(c, "SELECT name, mandatory_caps, optional_caps FROM scscf ORDER BY name",
                rs -> new Scscf(rs.getString(1), Rows.ints(rs.getString(2)), Rows.ints(rs.getString(3))));
    }

    // ---- application servers

    static void putApplicationServer(Session c, ApplicationServer as) throws SQLException {
        Optional<String> clash = Rows.first(c, "SELECT name FROM application_server WHERE server_name = ? AND name <> ?",
                rs -> rs.getString(1), as.serverName(), as.name());
        if (clash.isPresent()) {
            throw new ConflictException("application server " + as.serverName() + " is already provisioned as '"
                    + clash.get() + "'");
        }
        Optional<String> old = Rows.first(c, "SELECT server_name FROM application_server WHERE name = ?",
                rs -> rs.getString(1), as.name());
        if (old.isPresent() && !old.get().equals(as.serverName()) && Rows.first(c,
                "SELECT 1 FROM ifc WHERE server_name = ?", rs -> 1, old.get()).isPresent()) {
            throw new ConflictException("application server '" + as.name() + "' cannot change its server name from "
                    + old.get() + ": initial filter criteria use it");
        }
        Rows.update(c, "MERGE INTO application_server (" + Rows.AS_COLUMNS + ") KEY (name) VALUES (?, ?, ?, ?, ?, ?)",
                as.name(), as.serverName(), as.defaultHandling().code(), as.serviceInfo(),
                as.includeRegisterRequest(), as.includeRegisterResponse());
    }

    static List<ApplicationServer> applicationServers(Session c) throws SQLException {
        return Rows.list(c, "SELECT " + Rows.AS_COLUMNS + " FROM application_server ORDER BY name",
                Rows::applicationServer);
    }

    static Optional<ApplicationServer> applicationServerByUri(Session c, String serverName) throws SQLException {
        return Rows.first(c, "SELECT " + Rows.AS_COLUMNS + " FROM application_server WHERE server_name = ?",
                Rows::applicationServer, serverName);
    }

    // ---- service profiles

    static void putServiceProfile(Session c, ServiceProfile p) throws SQLException {
        for (InitialFilterCriteria ifc : p.initialFilterCriteria()) {
            if (applicationServerByUri(c, ifc.serverName()).isEmpty()) {
                throw new ConflictException("service profile '" + p.name() + "': the iFC with priority "
                        + ifc.priority() + " names application server " + ifc.serverName()
                        + ", which is not provisioned");
            }
        }
        Optional<Long> id = Rows.first(c, "SELECT id FROM service_profile WHERE name = ?", rs -> rs.getLong(1),
                p.name());
        long profileId;
        if (id.isPresent()) {
            profileId = id.get();
            Rows.update(c, "UPDATE service_profile SET shared_ifc_sets = ?, media_profile_id = ? WHERE id = ?",
                    Rows.csv(p.sharedIfcSets()), p.subscribedMediaProfileId(), profileId);
            Rows.update(c, "DELETE FROM ifc WHERE profile_id = ?", profileId);
        } else {
            try (PreparedStatement ps = c.connection().prepareStatement("INSERT INTO service_profile (name, shared_ifc_sets, "
                    + "media_profile_id) VALUES (?, ?, ?)", new String[] {"ID"})) {
                Rows.bind(ps, p.name(), Rows.csv(p.sharedIfcSets()), p.subscribedMediaProfileId());
                ps.executeUpdate();
                profileId = generatedId(ps);
            }
        }
        try (PreparedStatement ps = c.connection().prepareStatement(
                "INSERT INTO ifc (profile_id, position, priority, server_name, xml) VALUES (?, ?, ?, ?, ?)")) {
            int pos = 0;
            for (InitialFilterCriteria ifc : p.initialFilterCriteria()) {
                Rows.bind(ps, profileId, pos++, ifc.priority(), ifc.serverName(), ifc.xml());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static Optional<ServiceProfile> serviceProfile(Session c, String name) throws SQLException {
        List<ServiceProfile> found = profiles(c, PROFILE + "WHERE name = ?", name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    static List<ServiceProfile> serviceProfiles(Session c) throws SQLException {
        return profiles(c, PROFILE + "ORDER BY name");
    }

    private static List<ServiceProfile> profiles(Session c, String sql, Object... params) throws SQLException {
        record Row(long id, String name, String shared, Integer media) {
        }
        List<Row> rows = Rows.list(c, sql, rs -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                (Integer) rs.getObject(4)), params);
        List<ServiceProfile> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            List<InitialFilterCriteria> ifcs = Rows.list(c,
                    "SELECT priority, server_name, xml FROM ifc WHERE profile_id = ? ORDER BY priority, position",
                    rs -> new InitialFilterCriteria(rs.getInt(1), rs.getString(2), rs.getString(3)), r.id());
            out.add(new ServiceProfile(r.name(), ifcs, Rows.ints(r.shared()), r.media()));
        }
        return out;
    }

    static long generatedId(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no generated key");
            }
            return keys.getLong(1);
        }
    }

    private CatalogDao() {
    }
}
