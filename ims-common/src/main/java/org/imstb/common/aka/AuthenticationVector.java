package org.imstb.common.aka;

import java.util.Arrays;

import org.imstb.common.util.Hex;

/**
 * One UMTS/IMS authentication vector (TS 33.102 §6.3.2): RAND, XRES, CK, IK and AUTN.
 *
 * <p>Unlike a plain record, equality, hash code and {@code toString} use the array contents (printed as hex),
 * and the arrays are copied in and out, so an instance is immutable and thread-safe.
 *
 * @param rand the random challenge, 16 bytes
 * @param xres the expected response, 4 to 16 bytes (8 with MILENAGE)
 * @param ck   the cipher key, 16 bytes
 * @param ik   the integrity key, 16 bytes
 * @param autn the authentication token (SQN ⊕ AK) ‖ AMF ‖ MAC-A, 16 bytes
 */
public record AuthenticationVector(byte[] rand, byte[] xres, byte[] ck, byte[] ik, byte[] autn) {

    /** Length in bytes of AUTN. */
    public static final int AUTN_LENGTH = 16;

    /**
     * Validates the lengths and copies the arrays.
     *
     * @param rand the random challenge, 16 bytes
     * @param xres the expected response, 4 to 16 bytes
     * @param ck   the cipher key, 16 bytes
     * @param ik   the integrity key, 16 bytes
     * @param autn the authentication token, 16 bytes
     */
    public AuthenticationVector {
        rand = Milenage.checkLength(rand, Milenage.BLOCK, "RAND").clone();
        if (xres == null || xres.length < 4 || xres.length > 16) {
            throw new IllegalArgumentException("XRES must be 4 to 16 bytes, got "
                    + (xres == null ? "null" : xres.length + " bytes"));
        }
        xres = xres.clone();
        ck = Milenage.checkLength(ck, Milenage.BLOCK, "CK").clone();
        ik = Milenage.checkLength(ik, Milenage.BLOCK, "IK").clone();
        autn = Milenage.checkLength(autn, AUTN_LENGTH, "AUTN").clone();
    }

    /** @return a copy of RAND */
    @Override
    public byte[] rand() {
        return rand.clone();
    }

    /** @return a copy of XRES */
    @Override
    public byte[] xres() {
        return xres.clone();
    }

    /** @return a copy of CK */
    @Override
    public byte[] ck() {
        return ck.clone();
    }

    /** @return a copy of IK */
    @Override
    public byte[] ik() {
        return ik.clone();
    }

    /** @return a copy of AUTN */
    @Override
    public byte[] autn() {
        return autn.clone();
    }

    /**
     * The nonce of a Digest-AKAv1-MD5 challenge (RFC 3310 §3.2) before base64: RAND ‖ AUTN. The caller
     * base64-encodes it (and may append server data) to build the {@code nonce} parameter.
     *
     * @return RAND ‖ AUTN, 32 bytes
     */
    public byte[] sipAuthenticate() {
        byte[] out = new byte[rand.length + autn.length];
        System.arraycopy(rand, 0, out, 0, rand.length);
        System.arraycopy(autn, 0, out, rand.length, autn.length);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuthenticationVector v
                && Arrays.equals(rand, v.rand)
                && Arrays.equals(xres, v.xres)
                && Arrays.equals(ck, v.ck)
                && Arrays.equals(ik, v.ik)
                && Arrays.equals(autn, v.autn);
    }

    @Override
    public int hashCode() {
        int h = Arrays.hashCode(rand);
        h = 31 * h + Arrays.hashCode(xres);
        h = 31 * h + Arrays.hashCode(ck);
        h = 31 * h + Arrays.hashCode(ik);
        return 31 * h + Arrays.hashCode(autn);
    }

    @Override
    public String toString() {
        return "AuthenticationVector[rand=" + Hex.format(rand) + ", xres=" + Hex.format(xres)
                + ", ck=" + Hex.format(ck) + ", ik=" + Hex.format(ik) + ", autn=" + Hex.format(autn) + "]";
    }
}
