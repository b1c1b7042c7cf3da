package org.imstb.hss.model;

/**
 * Sequence number arithmetic for AKA after TS 33.102 Annex C.1.1/C.3.2: SQN (48 bits) = SEQ || IND with a
 * 5-bit IND. The HSS steps SEQ by one for every vector and sends IND = 0 (the IND array of the USIM then accepts
 * every new vector since SEQ grows); the value as a whole always increases, so simple UEs that compare the whole
 * 48-bit SQN work too.
 */
public final class Sqn {
    /** Largest SQN value, 2<sup>48</sup>-1. */
    public static final long MAX = (1L << 48) - 1;
    /** Bits of IND in SQN. */
    public static final int IND_BITS = 5;

    private Sqn() {
    }

    /** The SQN following {@code current}: SEQ + 1, IND = 0, wrapping at 48 bits. */
    public static long next(long current) {
        long seq = (current & MAX) >>> IND_BITS;
        return ((seq + 1) << IND_BITS) & MAX;
    }

    /** The SEQ part of {@code sqn}. */
    public static long seq(long sqn) {
        return (sqn & MAX) >>> IND_BITS;
    }
}
