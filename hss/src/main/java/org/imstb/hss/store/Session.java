package org.imstb.hss.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One pooled database connection with its prepared statements. Statements are prepared once per connection and
 * kept (least recently used beyond {@value #MAX_STATEMENTS} are closed): H2 then neither parses nor plans the
 * request-path queries again. Used by one thread at a time.
 */
final class Session implements AutoCloseable {
    static final int MAX_STATEMENTS = 64;

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() > MAX_STATEMENTS) {
                closeQuietly(eldest.getValue());
                return true;
            }
            return false;
        }
    };

    Session(Connection connection) {
        this.connection = connection;
    }

    /** The connection, for statements that are not worth keeping (batches, generated keys); close those. */
    Connection connection() {
        return connection;
    }

    /** The prepared statement for {@code sql}, kept by this session: do not close it. */
    PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    boolean isBroken() {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    @Override
    public void close() {
        statements.values().forEach(Session::closeQuietly);
        statements.clear();
        try {
            connection.close();
        } catch (SQLException e) {
            // closing anyway
        }
    }

    private static void closeQuietly(PreparedStatement ps) {
        try {
            ps.close();
        } catch (SQLException e) {
            // the connection may be gone already
        }
    }
}
