package org.imstb.hss.store;

import java.util.Optional;
import java.util.OptionalLong;
import org.imstb.hss.model.Sqn;

/**
 * AKA sequence numbers (TS 33.102 Annex C) in table aka_sqn (one row per AKA identity): each vector takes the next
 * SQN with one atomic {@code UPDATE} statement (row-locked, returning the new value through H2's
 * {@code FINAL TABLE}), so concurrent requests for one IMPI never share a value.
 */
final class SqnDao {
    private static final String BY_IMPI = "impi_id = (SELECT id FROM private_identity WHERE impi = ?)";
    /** {@link Sqn#next} in SQL: SEQ + 1, IND = 0, 48 bits. */
    private static final String NEXT = "SELECT sqn FROM FINAL TABLE (UPDATE aka_sqn SET sqn = BITAND((sqn / "
            + (1 << Sqn.IND_BITS) + " + 1) * " + (1 << Sqn.IND_BITS) + ", " + Sqn.MAX + ") WHERE " + BY_IMPI + ")";

    private final Database db;

    SqnDao(Database db) {
        this.db = db;
    }

    long next(String impi) {
        return db.read(c -> Rows.first(c, NEXT, rs -> rs.getLong(1), impi)).orElseThrow(() -> unknown(impi));
    }

    OptionalLong current(String impi) {
        Optional<Long> sqn = db.read(c -> Rows.first(c, "SELECT sqn FROM aka_sqn WHERE " + BY_IMPI,
                rs -> rs.getLong(1), impi));
        return sqn.isPresent() ? OptionalLong.of(sqn.get()) : OptionalLong.empty();
    }

    void resynchronise(String impi, long sqnMs) {
        if (sqnMs < 0 || sqnMs > Sqn.MAX) {
            throw new IllegalArgumentException("SQN_MS must be 0.." + Sqn.MAX + ", got " + sqnMs);
        }
        int n = db.read(c -> Rows.update(c, "UPDATE aka_sqn SET sqn = ? WHERE " + BY_IMPI, sqnMs, impi));
        if (n == 0) {
            throw unknown(impi);
        }
    }

    private static UnknownIdentityException unknown(String impi) {
        return new UnknownIdentityException("no private identity '" + impi + "' with Digest-AKAv1-MD5 credentials");
    }
}
