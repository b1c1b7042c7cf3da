package org.imstb.common.aka;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * HSS/AuC side: builds authentication vectors for one subscriber (TS 33.102 §6.3.2).
 *
 * <p>For a RAND, SQN and AMF: XRES = f2(RAND), CK = f3(RAND), IK = f4(RAND), AK = f5(RAND),
 * MAC-A = f1(RAND, SQN, AMF) and AUTN = (SQN ⊕ AK) ‖ AMF ‖ MAC-A. Choosing the SQN is the caller's job
 * (see {@link SqnPolicy}). Immutable and thread-safe.
 */
public final class AkaVectorGenerator {

    private final Milenage milenage;

    /**
     * Creates a generator for the subscriber whose algorithm set is given.
     *
     * @param milenage the subscriber's K and OPc
     */
    public AkaVectorGenerator(Milenage milenage) {
        this.milenage = Objects.requireNonNull(milenage, "milenage");
    }

    /**
     * Creates a generator for one subscriber.
     *
     * @param k   the subscriber key K, 16 bytes
     * @param opc the subscriber's OPc, 16 bytes
     */
    public AkaVectorGenerator(byte[] k, byte[] opc) {
        this(new Milenage(k, opc));
    }

    /**
     * Builds a vector with a fresh RAND drawn from {@code random}.
     *
     * @param sqn    the 48-bit SQN to put in AUTN
     * @param amf    the authentication management field, 2 bytes
     * @param random the source of RAND
     * @return the vector
     */
    public AuthenticationVector generate(long sqn, byte[] amf, SecureRandom random) {
        byte[] rand = new byte[Milenage.BLOCK];
        Objects.requireNonNull(random, "random").nextBytes(rand);
        return generate(sqn, amf, rand);
    }

    /**
     * Builds a vector for a given RAND.
     *
     * @param sqn  the 48-bit SQN to put in AUTN
     * @param amf  the authentication management field, 2 bytes
     * @param rand the random challenge, 16 bytes
     * @return the vector
     */
    public AuthenticationVector generate(long sqn, byte[] amf, byte[] rand) {
        byte[] sqnBytes = Sqn.toBytes(sqn);
        Milenage.checkLength(amf, Milenage.AMF_LENGTH, "AMF");
        Milenage.Computation c = milenage.start(rand);
        byte[] ak = c.f5();
        byte[] mac = c.f1(sqnBytes, amf, false);
        byte[] autn = new byte[AuthenticationVector.AUTN_LENGTH];
        for (int i = 0; i < Milenage.SQN_LENGTH; i++) {
            autn[i] = (byte) (sqnBytes[i] ^ ak[i]);
        }
        System.arraycopy(amf, 0, autn, Milenage.SQN_LENGTH, Milenage.AMF_LENGTH);
        System.arraycopy(mac, 0, autn, Milenage.SQN_LENGTH + Milenage.AMF_LENGTH, Milenage.MAC_LENGTH);
        return new AuthenticationVector(rand, c.f2(), c.f3(), c.f4(), autn);
    }
}
