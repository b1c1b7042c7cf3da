package org.imstb.common.aka;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;

import org.imstb.common.util.Hex;

/**
 * UE side: a software USIM running MILENAGE (TS 33.102 §6.3.3), for the scriptable UE.
 *
 * <p>{@link #authenticate} recovers SQN = (SQN ⊕ AK) ⊕ f5(RAND) from AUTN, checks MAC-A = f1(RAND, SQN, AMF)
 * (any AMF is accepted), then checks that SQN is fresh. <b>Freshness rule</b> (a simplification of
 * TS 33.102 Annex C.2 with a single IND slot): the USIM keeps SQN_MS, the highest SQN it has accepted, and
 * accepts SQN iff {@code SQN > SQN_MS} and {@code SQN − SQN_MS ≤ maxJump} (the Δ limit of Annex C.2.1,
 * which stops an attacker from burning the SQN space). With {@link SqnPolicy#DEFAULT} on the HSS, the default
 * {@code maxJump} of 2^33 equals Annex C's suggested Δ = 2^28 in SEQ steps. A non-fresh SQN yields a
 * {@link SyncFailure} carrying AUTS = (SQN_MS ⊕ f5*(RAND)) ‖ f1*(RAND, SQN_MS, 0x0000).
 *
 * <p>Thread-safe: {@link #authenticate} is atomic with respect to SQN_MS.
 */
public final class Usim {

    /** Default limit on how far ahead of SQN_MS an accepted SQN may be: 2^33. */
    public static final long DEFAULT_MAX_JUMP = 1L << 33;

    private final Milenage milenage;
    private final long maxJump;
    private long sqnMs;

    /**
     * Creates a USIM that has accepted nothing yet (SQN_MS = 0) with the default {@code maxJump}.
     *
     * @param k   the subscriber key K, 16 bytes
     * @param opc the subscriber's OPc, 16 bytes
     */
    public Usim(byte[] k, byte[] opc) {
        this(new Milenage(k, opc), 0, DEFAULT_MAX_JUMP);
    }

    /**
     * Creates a USIM.
     *
     * @param milenage the subscriber's K and OPc
     * @param sqnMs    the initial SQN_MS (highest SQN accepted so far), 48 bits
     * @param maxJump  the largest accepted SQN − SQN_MS, at least 1 ({@link Sqn#MASK} for no limit)
     */
    public Usim(Milenage milenage, long sqnMs, long maxJump) {
        this.milenage = Objects.requireNonNull(milenage, "milenage");
        this.sqnMs = Sqn.check(sqnMs);
        if (maxJump < 1) {
            throw new IllegalArgumentException("maxJump must be at least 1, got " + maxJump);
        }
        this.maxJump = maxJump;
    }

    /**
     * The highest SQN accepted so far.
     *
     * @return SQN_MS
     */
    public synchronized long sqnMs() {
        return sqnMs;
    }

    /**
     * Runs the USIM side of AKA on a challenge.
     *
     * @param rand RAND, 16 bytes
     * @param autn AUTN = (SQN ⊕ AK) ‖ AMF ‖ MAC-A, 16 bytes
     * @return {@link Success} (and SQN_MS := SQN), {@link SyncFailure} with AUTS, or {@link MacFailure}
     * @throws IllegalArgumentException if RAND or AUTN has the wrong length
     */
    public Result authenticate(byte[] rand, byte[] autn) {
        Milenage.checkLength(autn, AuthenticationVector.AUTN_LENGTH, "AUTN");
        Milenage.Computation c = milenage.start(rand);
        byte[] ak = c.f5();
        byte[] sqnBytes = new byte[Milenage.SQN_LENGTH];
        for (int i = 0; i < sqnBytes.length; i++) {
            sqnBytes[i] = (byte) (autn[i] ^ ak[i]);
        }
        byte[] amf = Arrays.copyOfRange(autn, Milenage.SQN_LENGTH, Milenage.SQN_LENGTH + Milenage.AMF_LENGTH);
        byte[] mac = Arrays.copyOfRange(autn, Milenage.SQN_LENGTH + Milenage.AMF_LENGTH, autn.length);
        if (!MessageDigest.isEqual(c.f1(sqnBytes, amf, false), mac)) {
            return new MacFailure();
        }
        long sqn = Sqn.fromBytes(sqnBytes);
        synchronized (this) {
            if (sqn <= sqnMs || sqn - sqnMs > maxJump) {
                return new SyncFailure(Resynchronisation.buildAuts(c, sqnMs));
            }
            sqnMs = sqn;
        }
        return new Success(c.f2(), c.f3(), c.f4());
    }

    /** The outcome of {@link #authenticate}. */
    public sealed interface Result permits Success, SyncFailure, MacFailure {
    }

    /**
     * The network was authenticated and SQN was fresh. Equality and {@code toString} use array contents.
     *
     * @param res the response RES, 8 bytes
     * @param ck  the cipher key, 16 bytes
     * @param ik  the integrity key, 16 bytes
     */
    public record Success(byte[] res, byte[] ck, byte[] ik) implements Result {
        /**
         * Copies the arrays.
         *
         * @param res the response RES
         * @param ck  the cipher key
         * @param ik  the integrity key
         */
        public Success {
            res = Objects.requireNonNull(res, "res").clone();
            ck = Objects.requireNonNull(ck, "ck").clone();
            ik = Objects.requireNonNull(ik, "ik").clone();
        }

        /** @return a copy of RES */
        @Override
        public byte[] res() {
            return res.clone();
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

        @Override
        public boolean equals(Object o) {
            return o instanceof Success s
                    && Arrays.equals(res, s.res) && Arrays.equals(ck, s.ck) && Arrays.equals(ik, s.ik);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * Arrays.hashCode(res) + Arrays.hashCode(ck)) + Arrays.hashCode(ik);
        }

        @Override
        public String toString() {
            return "Success[res=" + Hex.format(res) + ", ck=" + Hex.format(ck) + ", ik=" + Hex.format(ik) + "]";
        }
    }

    /**
     * MAC-A was right but SQN was not fresh: send AUTS to the network (TS 33.102 §6.3.3).
     *
     * @param auts (SQN_MS ⊕ f5*(RAND)) ‖ f1*(RAND, SQN_MS, 0x0000), 14 bytes
     */
    public record SyncFailure(byte[] auts) implements Result {
        /**
         * Copies AUTS.
         *
         * @param auts the resynchronisation token
         */
        public SyncFailure {
            auts = Objects.requireNonNull(auts, "auts").clone();
        }

        /** @return a copy of AUTS */
        @Override
        public byte[] auts() {
            return auts.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SyncFailure s && Arrays.equals(auts, s.auts);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(auts);
        }

        @Override
        public String toString() {
            return "SyncFailure[auts=" + Hex.format(auts) + "]";
        }
    }

    /** MAC-A in AUTN did not verify: the network is not authentic (or K/OPc differ). */
    public record MacFailure() implements Result {
    }
}
