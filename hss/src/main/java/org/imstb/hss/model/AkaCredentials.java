package org.imstb.hss.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * Digest-AKAv1-MD5 secrets of a private identity (TS 33.102, TS 35.206). Exactly one of {@code opc} and
 * {@code op} is set; when only OP is known the Milenage user derives OPc from it. {@code sqn} is the 48-bit
 * SQN<sub>HE</sub>: the last sequence number handed out (the next vector uses the next one, see {@link Sqn}).
 * Arrays are copied in and out; {@link #toString()} never shows the secrets.
 *
 * @param k   the subscriber key, 16 bytes
 * @param opc the operator variant key OPc, 16 bytes, or null
 * @param op  the operator variant OP, 16 bytes, or null
 * @param amf the authentication management field, 2 bytes
 * @param sqn SQN<sub>HE</sub>, 0 .. 2<sup>48</sup>-1
 */
public record AkaCredentials(byte[] k, byte[] opc, byte[] op, byte[] amf, long sqn) {

    public AkaCredentials {
        k = checked(k, 16, "K");
        if ((opc == null) == (op == null)) {
            throw new IllegalArgumentException("exactly one of OPc and OP is required");
        }
        opc = opc == null ? null : checked(opc, 16, "OPc");
        op = op == null ? null : checked(op, 16, "OP");
        amf = checked(amf, 2, "AMF");
        if (sqn < 0 || sqn > Sqn.MAX) {
            throw new IllegalArgumentException("SQN must be 0.." + Sqn.MAX + ", got " + sqn);
        }
    }

    private static byte[] checked(byte[] b, int len, String name) {
        Objects.requireNonNull(b, name);
        if (b.length != len) {
            throw new IllegalArgumentException(name + " must be " + len + " bytes, got " + b.length);
        }
        return b.clone();
    }

    @Override
    public byte[] k() {
        return k.clone();
    }

    @Override
    public byte[] opc() {
        return opc == null ? null : opc.clone();
    }

    @Override
    public byte[] op() {
        return op == null ? null : op.clone();
    }

    @Override
    public byte[] amf() {
        return amf.clone();
    }

    /** The same secrets with another SQN. */
    public AkaCredentials withSqn(long newSqn) {
        return new AkaCredentials(k, opc, op, amf, newSqn);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AkaCredentials a && Arrays.equals(k, a.k) && Arrays.equals(opc, a.opc)
                && Arrays.equals(op, a.op) && Arrays.equals(amf, a.amf) && sqn == a.sqn;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(k), Arrays.hashCode(opc), Arrays.hashCode(op), Arrays.hashCode(amf),
                sqn);
    }

    @Override
    public String toString() {
        return "AkaCredentials[k=***, " + (opc != null ? "opc" : "op") + "=***, amf=***, sqn=" + sqn + "]";
    }
}
