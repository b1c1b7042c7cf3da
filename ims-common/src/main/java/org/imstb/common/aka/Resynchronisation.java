package org.imstb.common.aka;

import java.security.MessageDigest;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * HSS/AuC side of SQN resynchronisation (TS 33.102 §6.3.3 and §6.3.5).
 *
 * <p>On a synchronisation failure the USIM returns AUTS = (SQN_MS ⊕ AK) ‖ MAC-S, 14 bytes, where
 * AK = f5*(RAND) and MAC-S = f1*(RAND, SQN_MS, AMF) with the dummy AMF 0x0000. {@link #verify} recovers
 * SQN_MS and checks MAC-S; on success the HE sets SQN_HE = SQN_MS and carries on from there
 * ({@link SqnPolicy#afterResync(long)}). Immutable and thread-safe.
 */
public final class Resynchronisation {

    /** Length in bytes of AUTS. */
    public static final int AUTS_LENGTH = Milenage.SQN_LENGTH + Milenage.MAC_LENGTH;

    /** The dummy AMF used in MAC-S (TS 33.102 §6.3.3). */
    private static final byte[] RESYNC_AMF = new byte[Milenage.AMF_LENGTH];

    private final Milenage milenage;

    /**
     * Creates the verifier for the subscriber whose algorithm set is given.
     *
     * @param milenage the subscriber's K and OPc
     */
    public Resynchronisation(Milenage milenage) {
        this.milenage = Objects.requireNonNull(milenage, "milenage");
    }

    /**
     * Creates the verifier for one subscriber.
     *
     * @param k   the subscriber key K, 16 bytes
     * @param opc the subscriber's OPc, 16 bytes
     */
    public Resynchronisation(byte[] k, byte[] opc) {
        this(new Milenage(k, opc));
    }

    /**
     * Recovers SQN_MS from AUTS and verifies MAC-S.
     *
     * @param rand the RAND of the challenge the USIM rejected, 16 bytes
     * @param auts the AUTS returned by the USIM, 14 bytes
     * @return {@link Recovered} with SQN_MS, or {@link Rejected} saying why
     */
    public Result verify(byte[] rand, byte[] auts) {
        if (rand == null || rand.length != Milenage.BLOCK) {
            return new Rejected(Reason.MALFORMED, "RAND must be " + Milenage.BLOCK + " bytes, got " + length(rand));
        }
        if (auts == null || auts.length != AUTS_LENGTH) {
            return new Rejected(Reason.MALFORMED, "AUTS must be " + AUTS_LENGTH + " bytes, got " + length(auts));
        }
        Milenage.Computation c = milenage.start(rand);
        byte[] ak = c.f5star();
        byte[] sqnMs = new byte[Milenage.SQN_LENGTH];
        for (int i = 0; i < sqnMs.length; i++) {
            sqnMs[i] = (byte) (auts[i] ^ ak[i]);
        }
        byte[] expected = c.f1(sqnMs, RESYNC_AMF, true);
        byte[] received = new byte[Milenage.MAC_LENGTH];
        System.arraycopy(auts, Milenage.SQN_LENGTH, received, 0, Milenage.MAC_LENGTH);
        if (!MessageDigest.isEqual(expected, received)) {
            return new Rejected(Reason.MAC_S_MISMATCH, "MAC-S in AUTS does not verify (wrong K/OPc, RAND or AUTS)");
        }
        return new Recovered(Sqn.fromBytes(sqnMs));
    }

    /**
     * Builds AUTS = (SQN_MS ⊕ f5*(RAND)) ‖ f1*(RAND, SQN_MS, 0x0000); the USIM side of the exchange.
     */
    static byte[] buildAuts(Milenage.Computation c, long sqnMs) {
        byte[] sqn = Sqn.toBytes(sqnMs);
        byte[] ak = c.f5star();
        byte[] mac = c.f1(sqn, RESYNC_AMF, true);
        byte[] auts = new byte[AUTS_LENGTH];
        for (int i = 0; i < Milenage.SQN_LENGTH; i++) {
            auts[i] = (byte) (sqn[i] ^ ak[i]);
        }
        System.arraycopy(mac, 0, auts, Milenage.SQN_LENGTH, Milenage.MAC_LENGTH);
        return auts;
    }

    private static String length(byte[] b) {
        return b == null ? "null" : b.length + " bytes";
    }

    /** The outcome of {@link #verify}. */
    public sealed interface Result permits Recovered, Rejected {
        /**
         * SQN_MS if verification succeeded.
         *
         * @return SQN_MS, or empty when rejected
         */
        OptionalLong optionalSqnMs();
    }

    /**
     * AUTS verified.
     *
     * @param sqnMs the USIM's highest accepted SQN, SQN_MS
     */
    public record Recovered(long sqnMs) implements Result {
        @Override
        public OptionalLong optionalSqnMs() {
            return OptionalLong.of(sqnMs);
        }
    }

    /**
     * AUTS did not verify; the HE must not change SQN_HE (TS 33.102 §6.3.5).
     *
     * @param reason the kind of failure
     * @param detail a human-readable explanation
     */
    public record Rejected(Reason reason, String detail) implements Result {
        @Override
        public OptionalLong optionalSqnMs() {
            return OptionalLong.empty();
        }
    }

    /** Why a resynchronisation was rejected. */
    public enum Reason {
        /** RAND or AUTS had the wrong length or was missing. */
        MALFORMED,
        /** MAC-S = f1*(RAND, SQN_MS, 0x0000) did not match the one in AUTS. */
        MAC_S_MISMATCH
    }
}
