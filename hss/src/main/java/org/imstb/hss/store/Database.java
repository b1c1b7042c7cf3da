package org.imstb.hss.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The connection pool and the two ways to use it: {@link #read} in auto-commit and {@link #transaction} that
 * commits or rolls back as a whole. Creates the schema on first open. Every schema statement is idempotent, so a
 * database of an older version gets what it lacks on open and then records the current version; a database of a
 * newer version is refused. Versions: 1 (Cx), 2 (adds the Sh tables {@code sh_repository_data},
 * {@code sh_subscription}).
 */
final class Database implements AutoCloseable {
    static final int SCHEMA_VERSION = 2;
    private static final String SCHEMA = "/org/imstb/hss/store/schema.sql";

    private final ConnectionPool pool;
    private final String url;

    /** Work on one connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Session s) throws SQLException;
    }

    Database(String url, String user, String password, int maxConnections) {
        this.url = url;
        this.pool = new ConnectionPool(url, user, password, maxConnections);
        try {
            transaction(s -> createSchema(s.connection()));
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    <T> T read(Work<T> work) {
        Session s = acquire();
        try {
            return work.run(s);
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            pool.release(s);
        }
    }

    <T> T transaction(Work<T> work) {
        Session s = acquire();
        try {
            Connection c = s.connection();
            c.setAutoCommit(false);
            try {
                T result = work.run(s);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            pool.release(s);
        }
    }

    private Session acquire() {
        try {
            return pool.acquire();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private StoreException failure(SQLException e) {
        return new StoreException("database error on " + url + ": " + e.getMessage(), e);
    }

    private Void createSchema(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String sql : statements()) {
                if (!sql.isBlank()) {
                    st.execute(sql);
                }
            }
            Integer version = null;
            try (ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
                if (rs.next()) {
                    int v = rs.getInt(1);
                    version = rs.wasNull() ? null : v;
                }
            }
            if (version == null || version < SCHEMA_VERSION) {
                st.executeUpdate("INSERT INTO schema_version (version) VALUES (" + SCHEMA_VERSION + ")");
            } else if (version > SCHEMA_VERSION) {
                throw new StoreException("database " + url + " has schema version " + version
                        + ", newer than this HSS supports (" + SCHEMA_VERSION + ")");
            }
        }
        return null;
    }

    private static String[] statements() {
        try (InputStream in = Database.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new StoreException("schema resource " + SCHEMA + " missing");
            }
            StringBuilder sb = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.strip().startsWith("--")) {
                    sb.append(line).append('\n');
                }
            }
            return sb.toString().split(";\\s*\n");
        } catch (IOException e) {
            throw new StoreException("cannot read " + SCHEMA, e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
