package org.imstb.hss.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.imstb.hss.model.AkaCredentials;
import org.imstb.hss.model.ApplicationServer;
import org.imstb.hss.model.DefaultHandling;
import org.imstb.hss.model.DigestCredentials;
import org.imstb.hss.model.IdentityType;
import org.imstb.hss.model.PrivateIdentity;
import org.imstb.hss.model.PublicIdentity;

/** Column lists, row mappers and small JDBC helpers shared by the store's readers and writers. */
final class Rows {
    /** Columns of public_identity {@code u}, read by {@link #publicIdentity}. */
    static final String PUBLIC_COLUMNS = "u.impu, u.identity_type, u.barred, u.implicit_set, u.profile_name, "
            + "u.can_register, u.display_name";
    static final String PUBLIC_FROM = " FROM public_identity u ";
    /** Columns of private_identity {@code p} and aka_sqn {@code q}, read by {@link #privateIdentity}. */
    static final String PRIVATE_COLUMNS = "p.id, p.impi, p.aka_k, p.aka_opc, p.aka_op, p.aka_amf, q.sqn, "
            + "p.digest_password, p.digest_ha1, p.digest_realm, p.impus";
    static final String PRIVATE_FROM = " FROM private_identity p LEFT JOIN aka_sqn q ON q.impi_id = p.id ";
    static final String AS_COLUMNS = "name, server_name, default_handling, service_info, include_register_request, "
            + "include_register_response";

    private Rows() {
    }

    /** Binds parameters and runs a query. */
    interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static <T> List<T> list(Session c, String sql, Mapper<T> mapper, Object... params) throws SQLException {
        PreparedStatement ps = c.prepare(sql);
        bind(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(mapper.map(rs));
            }
            return out;
        }
    }

    static <T> Optional<T> first(Session c, String sql, Mapper<T> mapper, Object... params) throws SQLException {
        PreparedStatement ps = c.prepare(sql);
        bind(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.ofNullable(mapper.map(rs)) : Optional.empty();
        }
    }

    static int update(Session c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepare(sql);
        bind(ps, params);
        return ps.executeUpdate();
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p == null) {
                ps.setNull(i + 1, Types.VARCHAR);
            } else if (p instanceof byte[] b) {
                ps.setBytes(i + 1, b);
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    static PublicIdentity publicIdentity(ResultSet rs) throws SQLException {
        return new PublicIdentity(rs.getString(1), IdentityType.ofCode(rs.getInt(2)), rs.getBoolean(3),
                rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getString(7));
    }

    /** A private identity read with {@link #PRIVATE_COLUMNS}. */
    static PrivateIdentity privateIdentity(ResultSet rs) throws SQLException {
        String impus = rs.getString(11);
        byte[] k = rs.getBytes(3);
        AkaCredentials aka = k == null ? null
                : new AkaCredentials(k, rs.getBytes(4), rs.getBytes(5), rs.getBytes(6), rs.getLong(7));
        String password = rs.getString(8);
        String ha1 = rs.getString(9);
        DigestCredentials digest = password == null && ha1 == null ? null
                : new DigestCredentials(password, ha1, rs.getString(10));
        return new PrivateIdentity(rs.getString(2), aka, digest,
                impus.isEmpty() ? List.of() : List.of(impus.split("\n")));
    }

    /** Joins identities for the impus column. */
    static String lines(List<String> values) {
        return String.join("\n", values);
    }

    static ApplicationServer applicationServer(ResultSet rs) throws SQLException {
        return new ApplicationServer(rs.getString(1), rs.getString(2), DefaultHandling.values()[rs.getInt(3)],
                rs.getString(4), rs.getBoolean(5), rs.getBoolean(6));
    }

    /** Integer lists are stored as comma-separated text. */
    static String csv(List<Integer> values) {
        StringBuilder sb = new StringBuilder();
        for (Integer v : values) {
            sb.append(sb.length() == 0 ? "" : ",").append(v);
        }
        return sb.toString();
    }

    static List<Integer> ints(String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        return Arrays.stream(csv.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}
