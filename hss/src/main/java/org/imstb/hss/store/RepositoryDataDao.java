package org.imstb.hss.store;

import java.util.List;
import java.util.Optional;
import org.imstb.common.sh.data.RepositoryData;

/**
 * Sh repository data (table sh_repository_data), one row per public identity key and Service-Indication. Writes are
 * compare-and-set on the stored sequence number, all of one request in one transaction.
 */
final class RepositoryDataDao {
    private static final String SELECT = "SELECT service_indication, sequence_number, service_data "
            + "FROM sh_repository_data WHERE impu_key = ? AND service_indication = ?";
    private static final String CREATE = "INSERT INTO sh_repository_data (impu_key, service_indication, impu, "
            + "sequence_number, service_data) SELECT ?, ?, ?, ?, ? FROM DUAL WHERE NOT EXISTS "
            + "(SELECT 1 FROM sh_repository_data WHERE impu_key = ? AND service_indication = ?)";
    private static final String UPDATE = "UPDATE sh_repository_data SET impu = ?, sequence_number = ?, "
            + "service_data = ? WHERE impu_key = ? AND service_indication = ? AND sequence_number = ?";
    private static final String DELETE = "DELETE FROM sh_repository_data WHERE impu_key = ? "
            + "AND service_indication = ? AND sequence_number = ?";

    private final Database db;

    RepositoryDataDao(Database db) {
        this.db = db;
    }

    Optional<RepositoryData> find(String impuKey, String serviceIndication) {
        return db.read(c -> Rows.first(c, SELECT, rs -> new RepositoryData(rs.getString(1), rs.getInt(2),
                rs.getString(3)), impuKey, serviceIndication));
    }

    /** Applies every write or none; false when a stored sequence number was not the expected one. */
    boolean write(String impuKey, String impu, List<ShStore.RepositoryWrite> writes) {
        try {
            return db.transaction(c -> {
                for (ShStore.RepositoryWrite w : writes) {
                    int n;
                    RepositoryData next = w.next();
                    if (w.expectedSequence() == null) {
                        n = Rows.update(c, CREATE, impuKey, next.serviceIndication(), impu, next.sequenceNumber(),
                                next.serviceData(), impuKey, next.serviceIndication());
                    } else if (next.serviceData() == null) {
                        n = Rows.update(c, DELETE, impuKey, next.serviceIndication(), w.expectedSequence());
                    } else {
                        n = Rows.update(c, UPDATE, impu, next.sequenceNumber(), next.serviceData(), impuKey,
                                next.serviceIndication(), w.expectedSequence());
                    }
                    if (n != 1) {
                        throw new Conflict();
                    }
                }
                return true;
            });
        } catch (Conflict e) {
            return false;
        }
    }

    /** Rolls the transaction back when a compare-and-set fails. */
    private static final class Conflict extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Conflict() {
            super(null, null, false, false);
        }
    }
}
