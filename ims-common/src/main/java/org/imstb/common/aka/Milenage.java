package org.imstb.common.aka;

import java.security.GeneralSecurityException;
import java.util.Objects;

import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 3GPP MILENAGE algorithm set (TS 35.206) with the default constants c1..c5 and r1..r5 of TS 35.206 §4.1
 * and AES-128 as the kernel function.
 *
 * <p>An instance holds one subscriber's K and OPc. It is immutable and thread-safe: every call uses its own
 * {@link Cipher}. Inputs are 16-byte RAND, 6-byte SQN and 2-byte AMF; outputs are fresh arrays.
 */
public final class Milenage {

    /** Length in bytes of K, OPc, OP, RAND, CK and IK. */
    public static final int BLOCK = 16;
    /** Length in bytes of SQN and AK. */
    public static final int SQN_LENGTH = 6;
    /** Length in bytes of AMF. */
    public static final int AMF_LENGTH = 2;
    /** Length in bytes of MAC-A, MAC-S and RES. */
    public static final int MAC_LENGTH = 8;

    private static final String TRANSFORMATION = "AES/ECB/NoPadding";

    // TS 35.206 §4.1: r1=64, r2=0, r3=32, r4=64, r5=96 bits; c1=0, c2..c5 have bit 127, 126, 125, 124 set.
    private static final int R1 = 8, R2 = 0, R3 = 4, R4 = 8, R5 = 12; // in bytes
    private static final byte C1 = 0x00, C2 = 0x01, C3 = 0x02, C4 = 0x04, C5 = 0x08; // last byte of c1..c5

    private final SecretKeySpec key;
    private final byte[] opc;

    /**
     * Creates the algorithm set for one subscriber.
     *
     * @param k   the subscriber key K, 16 bytes
     * @param opc the derived operator variant OPc, 16 bytes (see {@link #opc(byte[], byte[])})
     */
    public Milenage(byte[] k, byte[] opc) {
        this.key = new SecretKeySpec(checkLength(k, BLOCK, "K"), "AES");
        this.opc = checkLength(opc, BLOCK, "OPc").clone();
    }

    /**
     * Derives OPc = OP ⊕ E_K(OP) (TS 35.206 §4.1).
     *
     * @param k  the subscriber key K, 16 bytes
     * @param op the operator variant algorithm configuration field OP, 16 bytes
     * @return OPc, 16 bytes
     */
    public static byte[] opc(byte[] k, byte[] op) {
        checkLength(op, BLOCK, "OP");
        Cipher cipher = newCipher(new SecretKeySpec(checkLength(k, BLOCK, "K"), "AES"));
        byte[] out = encrypt(cipher, op);
        xorInto(out, op);
        return out;
    }

    /**
     * f1: the network authentication code MAC-A.
     *
     * @param rand RAND, 16 bytes
     * @param sqn  SQN, 6 bytes
     * @param amf  AMF, 2 bytes
     * @return MAC-A, 8 bytes
     */
    public byte[] f1(byte[] rand, byte[] sqn, byte[] amf) {
        return start(rand).f1(sqn, amf, false);
    }

    /**
     * f1*: the resynchronisation authentication code MAC-S.
     *
     * @param rand RAND, 16 bytes
     * @param sqn  SQN (SQN_MS when resynchronising), 6 bytes
     * @param amf  AMF, 2 bytes (the dummy 0x0000 for resynchronisation, TS 33.102 §6.3.3)
     * @return MAC-S, 8 bytes
     */
    public byte[] f1star(byte[] rand, byte[] sqn, byte[] amf) {
        return start(rand).f1(sqn, amf, true);
    }

    /**
     * f2: the response RES (XRES on the network side).
     *
     * @param rand RAND, 16 bytes
     * @return RES, 8 bytes
     */
    public byte[] f2(byte[] rand) {
        return start(rand).f2();
    }

    /**
     * f3: the cipher key CK.
     *
     * @param rand RAND, 16 bytes
     * @return CK, 16 bytes
     */
    public byte[] f3(byte[] rand) {
        return start(rand).f3();
    }

    /**
     * f4: the integrity key IK.
     *
     * @param rand RAND, 16 bytes
     * @return IK, 16 bytes
     */
    public byte[] f4(byte[] rand) {
        return start(rand).f4();
    }

    /**
     * f5: the anonymity key AK that conceals SQN in AUTN.
     *
     * @param rand RAND, 16 bytes
     * @return AK, 6 bytes
     */
    public byte[] f5(byte[] rand) {
        return start(rand).f5();
    }

    /**
     * f5*: the anonymity key that conceals SQN_MS in AUTS during resynchronisation.
     *
     * @param rand RAND, 16 bytes
     * @return AK, 6 bytes
     */
    public byte[] f5star(byte[] rand) {
        return start(rand).f5star();
    }

    /**
     * Starts a computation for one RAND: one {@link Cipher} and one TEMP = E_K(RAND ⊕ OPc) shared by every
     * function evaluated on it. Used by the vector generator, the USIM and resynchronisation.
     */
    Computation start(byte[] rand) {
        return new Computation(rand);
    }

    /** The functions of MILENAGE for one RAND. Not thread-safe; confined to the calling thread. */
    final class Computation {
        private final Cipher cipher;
        private final byte[] temp;

        private Computation(byte[] rand) {
            byte[] in = checkLength(rand, BLOCK, "RAND").clone();
            xorInto(in, opc);
            this.cipher = newCipher(key);
            this.temp = encrypt(cipher, in);
        }

        /** f1 (MAC-A, {@code star} false) or f1* (MAC-S, {@code star} true). */
        byte[] f1(byte[] sqn, byte[] amf, boolean star) {
            checkLength(sqn, SQN_LENGTH, "SQN");
            checkLength(amf, AMF_LENGTH, "AMF");
            byte[] in1 = new byte[BLOCK];
            System.arraycopy(sqn, 0, in1, 0, SQN_LENGTH);
            System.arraycopy(amf, 0, in1, SQN_LENGTH, AMF_LENGTH);
            System.arraycopy(in1, 0, in1, 8, 8);
            // OUT1 = E_K(TEMP ⊕ rot(IN1 ⊕ OPc, r1) ⊕ c1) ⊕ OPc
            xorInto(in1, opc);
            byte[] block = rotate(in1, R1);
            xorInto(block, temp);
            block[BLOCK - 1] ^= C1;
            byte[] out1 = encrypt(cipher, block);
            xorInto(out1, opc);
            return slice(out1, star ? 8 : 0, MAC_LENGTH);
        }

        byte[] f2() {
            return slice(out(R2, C2), 8, MAC_LENGTH);
        }

        byte[] f5() {
            return slice(out(R2, C2), 0, SQN_LENGTH);
        }

        byte[] f3() {
            return out(R3, C3);
        }

        byte[] f4() {
            return out(R4, C4);
        }

        byte[] f5star() {
            return slice(out(R5, C5), 0, SQN_LENGTH);
        }

        /** OUTn = E_K(rot(TEMP ⊕ OPc, rn) ⊕ cn) ⊕ OPc for n = 2..5. */
        private byte[] out(int rotateBytes, byte constant) {
            byte[] x = temp.clone();
            xorInto(x, opc);
            byte[] block = rotate(x, rotateBytes);
            block[BLOCK - 1] ^= constant;
            byte[] out = encrypt(cipher, block);
            xorInto(out, opc);
            return out;
        }
    }

    /** Cyclic left rotation of a 128-bit block by a whole number of bytes. */
    private static byte[] rotate(byte[] x, int bytes) {
        byte[] out = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            out[i] = x[(i + bytes) % BLOCK];
        }
        return out;
    }

    private static void xorInto(byte[] target, byte[] other) {
        for (int i = 0; i < target.length; i++) {
            target[i] ^= other[i];
        }
    }

    private static byte[] slice(byte[] from, int offset, int length) {
        byte[] out = new byte[length];
        System.arraycopy(from, offset, out, 0, length);
        return out;
    }

    private static Cipher newCipher(SecretKeySpec key) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key);
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-128 is not available from the JDK providers", e);
        }
    }

    private static byte[] encrypt(Cipher cipher, byte[] block) {
        try {
            return cipher.doFinal(block);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-128 block encryption failed", e);
        }
    }

    static byte[] checkLength(byte[] value, int length, String name) {
        Objects.requireNonNull(value, name);
        if (value.length != length) {
            throw new IllegalArgumentException(name + " must be " + length + " bytes, got " + value.length);
        }
        return value;
    }
}
