package org.imstb.hss.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.imstb.hss.model.IdentityUris;
import org.imstb.hss.model.RegistrationRecord;
import org.imstb.hss.model.RegistrationState;

/**
 * Registration state per public identity, keyed by the identity's lookup key so that it survives
 * re-provisioning of the subscription. A NOT_REGISTERED identity without S-CSCF and IMPI has no row. The SQL only:
 * {@link Registrations} serves and changes registrations through its copies.
 */
final class RegistrationDao {
    private static final String COLUMNS = "SELECT impu, state, scscf_name, impi FROM registration ";
    /** Writes only when something changes: a re-registration with the same values costs one read. */
    private static final String CHANGE = "UPDATE registration SET state = ?, scscf_name = ?, impi = ? "
            + "WHERE impu_key = ? AND (state <> ? OR scscf_name IS DISTINCT FROM ? OR impi IS DISTINCT FROM ?)";
    private static final String INSERT_IF_ABSENT = "INSERT INTO registration (impu_key, impu, state, scscf_name, "
            + "impi) SELECT ?, ?, ?, ?, ? FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM registration WHERE impu_key = ?)";

    private final Database db;

    RegistrationDao(Database db) {
        this.db = db;
    }

    /** The stored registration of {@code impu}; NOT_REGISTERED with nulls if it has no row. */
    RegistrationRecord registration(String impu) {
        return db.read(c -> Rows.first(c, COLUMNS + "WHERE impu_key = ?", RegistrationDao::record,
                IdentityUris.key(impu))).orElseGet(() -> RegistrationRecord.notRegistered(impu));
    }

    static boolean cleared(RegistrationState state, String scscfName, String impi) {
        return state == RegistrationState.NOT_REGISTERED && scscfName == null && impi == null;
    }

    /** Stores one registration (a NOT_REGISTERED one without S-CSCF and IMPI by deleting its row). */
    static void write(Session c, String impu, RegistrationState state, String scscfName, String impi)
            throws SQLException {
        if (cleared(state, scscfName, impi)) {
            Rows.update(c, "DELETE FROM registration WHERE impu_key = ?", IdentityUris.key(impu));
        } else if (Rows.update(c, CHANGE, state.code(), scscfName, impi, IdentityUris.key(impu), state.code(),
                scscfName, impi) == 0) {
            Rows.update(c, INSERT_IF_ABSENT, IdentityUris.key(impu), impu, state.code(), scscfName, impi,
                    IdentityUris.key(impu));
        }
    }

    List<String> registeredPublicIdentities(String scscfName) {
        return db.read(c -> Rows.list(c, "SELECT impu FROM registration WHERE scscf_name = ? AND state <> "
                + RegistrationState.NOT_REGISTERED.code() + " ORDER BY impu", rs -> rs.getString(1), scscfName));
    }

    List<RegistrationRecord> registrationsOf(String impi) {
        return db.read(c -> Rows.list(c, COLUMNS + "WHERE impi = ? ORDER BY impu", RegistrationDao::record, impi));
    }

    private static RegistrationRecord record(ResultSet rs) throws SQLException {
        return new RegistrationRecord(rs.getString(1), RegistrationState.ofCode(rs.getInt(2)), rs.getString(3),
                rs.getString(4));
    }
}
