package org.imstb.common.aka;

/**
 * The 48-bit AKA sequence number SQN as a {@code long}, and its 6-byte big-endian wire form.
 *
 * <p>Valid values are 0 to {@link #MASK} inclusive. Stateless and thread-safe.
 */
public final class Sqn {

    /** Mask of the 48 bits of an SQN; also the largest SQN. */
    public static final long MASK = 0xFFFF_FFFF_FFFFL;

    private Sqn() {
    }

    /**
     * Encodes an SQN as 6 big-endian bytes.
     *
     * @param sqn a value in 0..{@link #MASK}
     * @return 6 bytes
     * @throws IllegalArgumentException if {@code sqn} does not fit in 48 bits
     */
    public static byte[] toBytes(long sqn) {
        check(sqn);
        byte[] out = new byte[Milenage.SQN_LENGTH];
        for (int i = Milenage.SQN_LENGTH - 1; i >= 0; i--) {
            out[i] = (byte) sqn;
            sqn >>>= 8;
        }
        return out;
    }

    /**
     * Decodes 6 big-endian bytes into an SQN.
     *
     * @param bytes exactly 6 bytes
     * @return a value in 0..{@link #MASK}
     */
    public static long fromBytes(byte[] bytes) {
        Milenage.checkLength(bytes, Milenage.SQN_LENGTH, "SQN");
        return fromBytes(bytes, 0);
    }

    /** Decodes 6 big-endian bytes starting at {@code offset}; the caller has checked the bounds. */
    static long fromBytes(byte[] bytes, int offset) {
        long v = 0;
        for (int i = 0; i < Milenage.SQN_LENGTH; i++) {
            v = v << 8 | (bytes[offset + i] & 0xffL);
        }
        return v;
    }

    /**
     * Checks that a value is a 48-bit SQN.
     *
     * @param sqn the value
     * @return {@code sqn}
     * @throws IllegalArgumentException if it is negative or larger than {@link #MASK}
     */
    public static long check(long sqn) {
        if ((sqn & ~MASK) != 0) {
            throw new IllegalArgumentException("SQN must fit in 48 bits (0.." + MASK + "), got " + sqn);
        }
        return sqn;
    }
}
