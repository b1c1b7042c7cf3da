package org.imstb.common.aka;

/**
 * How the HSS/AuC allocates sequence numbers: SQN = SEQ ‖ IND (TS 33.102 Annex C.1.1, C.3.2), with the
 * index IND in the {@code indBits} least significant bits and SEQ in the remaining high bits of the 48.
 *
 * <ul>
 *   <li>{@link #next(long)} advances SEQ by one and keeps IND, so each new vector for a subscriber is
 *       strictly greater than the previous one.</li>
 *   <li>After a successful resynchronisation (TS 33.102 §6.3.5) the HE sets SQN_HE = SQN_MS and then
 *       takes the next value: {@link #afterResync(long)}.</li>
 * </ul>
 * All arithmetic is on 48 bits; SEQ wraps modulo 2^(48 − indBits) (TS 33.102 C.1.2 wrap-around protection is
 * out of scope: at one vector per millisecond a 43-bit SEQ lasts ~278 years). Immutable and thread-safe.
 *
 * @param indBits length of IND in bits, 0..47 ({@link #DEFAULT} uses the 5 bits of TS 33.102 Annex C.3.2)
 */
public record SqnPolicy(int indBits) {

    /** IND of 5 bits, as in TS 33.102 Annex C.3.2. */
    public static final SqnPolicy DEFAULT = new SqnPolicy(5);

    /**
     * Validates the IND length.
     *
     * @param indBits length of IND in bits, 0..47
     */
    public SqnPolicy {
        if (indBits < 0 || indBits > 47) {
            throw new IllegalArgumentException("IND length must be 0..47 bits, got " + indBits);
        }
    }

    /**
     * The SEQ part of an SQN.
     *
     * @param sqn a 48-bit SQN
     * @return SEQ, the high {@code 48 - indBits} bits
     */
    public long seq(long sqn) {
        return Sqn.check(sqn) >>> indBits;
    }

    /**
     * The IND part of an SQN.
     *
     * @param sqn a 48-bit SQN
     * @return IND, the low {@code indBits} bits
     */
    public int ind(long sqn) {
        return (int) (Sqn.check(sqn) & indMask());
    }

    /**
     * Builds an SQN from its parts.
     *
     * @param seq SEQ, reduced modulo 2^(48 − indBits)
     * @param ind IND, must fit in {@code indBits}
     * @return SEQ ‖ IND
     */
    public long compose(long seq, int ind) {
        if ((ind & ~indMask()) != 0) {
            throw new IllegalArgumentException("IND " + ind + " does not fit in " + indBits + " bits");
        }
        return (seq << indBits | ind) & Sqn.MASK;
    }

    /**
     * The SQN after {@code sqn}: SEQ + 1, same IND.
     *
     * @param sqn the current SQN_HE
     * @return the next SQN to use in a vector
     */
    public long next(long sqn) {
        return compose(seq(sqn) + 1, ind(sqn));
    }

    /**
     * The SQN after {@code sqn} with a chosen IND: SEQ + 1, IND = {@code ind}.
     *
     * @param sqn the current SQN_HE
     * @param ind the index for the new vector
     * @return the next SQN to use in a vector
     */
    public long next(long sqn, int ind) {
        return compose(seq(sqn) + 1, ind);
    }

    /**
     * The SQN to use after a successful resynchronisation: SQN_HE = SQN_MS, then the next value.
     *
     * @param sqnMs SQN_MS recovered from AUTS (see {@link Resynchronisation})
     * @return the SQN for the first vector after resynchronisation
     */
    public long afterResync(long sqnMs) {
        return next(sqnMs);
    }

    private long indMask() {
        return (1L << indBits) - 1;
    }
}
