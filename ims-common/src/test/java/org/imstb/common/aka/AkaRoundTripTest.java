package org.imstb.common.aka;

import static org.imstb.common.util.Hex.format;
import static org.imstb.common.util.Hex.parse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** HSS vector generation, USIM authentication and resynchronisation working together (TS 33.102 §6.3). */
class AkaRoundTripTest {

    // TS 35.208 test set 1
    private static final byte[] K = parse("465b5ce8b199b49faa5f0a2ee238a6bc");
    private static final byte[] OPC = parse("cd63cb71954a9f4e48a5994e37a02baf");
    private static final byte[] RAND = parse("23553cbe9637a89d218ae64dae47bf35");
    private static final long SQN = 0xff9bb4d0b607L;
    private static final byte[] AMF = parse("b9b9");
    private static final byte[] AMF_IMS = parse("8000");

    private final AkaVectorGenerator hss = new AkaVectorGenerator(K, OPC);
    private final Resynchronisation resync = new Resynchronisation(K, OPC);
    private final SqnPolicy policy = SqnPolicy.DEFAULT;

    @Test
    void vectorMatchesTestSet1() {
        AuthenticationVector v = hss.generate(SQN, AMF, RAND);
        assertEquals("23553cbe9637a89d218ae64dae47bf35", format(v.rand()));
        assertEquals("a54211d5e3ba50bf", format(v.xres()));
        assertEquals("b40ba9a3c58b2a05bbf0d987b21bf8cb", format(v.ck()));
        assertEquals("f769bcd751044604127672711c6d3441", format(v.ik()));
        // AUTN = (SQN xor AK) || AMF || MAC-A = (ff9bb4d0b607 xor aa689c648370) || b9b9 || 4a9ffac354dfafb3
        assertEquals("55f328b43577" + "b9b9" + "4a9ffac354dfafb3", format(v.autn()));
        assertEquals("23553cbe9637a89d218ae64dae47bf35" + "55f328b43577b9b94a9ffac354dfafb3",
                format(v.sipAuthenticate()));
    }

    @Test
    void usimAcceptsFreshVectorWithMatchingKeys() {
        Usim usim = new Usim(K, OPC);
        long sqn = policy.next(0);
        AuthenticationVector v = hss.generate(sqn, AMF_IMS, new SecureRandom());

        Usim.Result result = usim.authenticate(v.rand(), v.autn());

        Usim.Success ok = assertInstanceOf(Usim.Success.class, result);
        assertArrayEquals(v.xres(), ok.res());
        assertArrayEquals(v.ck(), ok.ck());
        assertArrayEquals(v.ik(), ok.ik());
        assertEquals(sqn, usim.sqnMs());
    }

    @Test
    void replayGivesAutsThatTheHssVerifiesThenResyncWorks() {
        Usim usim = new Usim(K, OPC);
        long sqn = policy.next(policy.next(0));
        AuthenticationVector first = hss.generate(sqn, AMF_IMS, new SecureRandom());
        assertInstanceOf(Usim.Success.class, usim.authenticate(first.rand(), first.autn()));

        // the same vector again, then an older SQN: both are stale
        Usim.SyncFailure replay = assertInstanceOf(Usim.SyncFailure.class,
                usim.authenticate(first.rand(), first.autn()));
        AuthenticationVector older = hss.generate(policy.next(0), AMF_IMS, RAND);
        Usim.SyncFailure stale = assertInstanceOf(Usim.SyncFailure.class, usim.authenticate(RAND, older.autn()));
        assertEquals(sqn, usim.sqnMs(), "a rejected challenge must not move SQN_MS");

        for (Usim.SyncFailure failure : new Usim.SyncFailure[] {replay, stale}) {
            assertEquals(Resynchronisation.AUTS_LENGTH, failure.auts().length);
        }
        Resynchronisation.Result r = resync.verify(RAND, stale.auts());
        Resynchronisation.Recovered recovered = assertInstanceOf(Resynchronisation.Recovered.class, r);
        assertEquals(sqn, recovered.sqnMs());
        assertEquals(sqn, r.optionalSqnMs().getAsLong());
        assertEquals(sqn, resync.verify(first.rand(), replay.auts()).optionalSqnMs().getAsLong());

        // HSS: SQN_HE = SQN_MS, next vector is accepted
        AuthenticationVector after = hss.generate(policy.afterResync(recovered.sqnMs()), AMF_IMS, new SecureRandom());
        assertInstanceOf(Usim.Success.class, usim.authenticate(after.rand(), after.autn()));
    }

    @Test
    void autsIsConcealedSqnMsAndMacS() {
        Usim usim = new Usim(new Milenage(K, OPC), SQN, Usim.DEFAULT_MAX_JUMP);
        AuthenticationVector v = hss.generate(SQN, AMF, RAND); // equal to SQN_MS: not fresh
        Usim.SyncFailure failure = assertInstanceOf(Usim.SyncFailure.class, usim.authenticate(RAND, v.autn()));
        byte[] auts = failure.auts();
        // SQN_MS xor f5*(RAND) = ff9bb4d0b607 xor 451e8beca43b (TS 35.208 test set 1)
        assertEquals("ba853f3c123c", format(Arrays.copyOf(auts, 6)));
        byte[] macS = new Milenage(K, OPC).f1star(RAND, Sqn.toBytes(SQN), new byte[2]);
        assertArrayEquals(macS, Arrays.copyOfRange(auts, 6, 14), "MAC-S uses the dummy AMF 0000");
    }

    @Test
    void tooLargeJumpIsASyncFailure() {
        Usim usim = new Usim(new Milenage(K, OPC), 0, 1000);
        AuthenticationVector v = hss.generate(1001, AMF_IMS, RAND);
        Usim.SyncFailure failure = assertInstanceOf(Usim.SyncFailure.class, usim.authenticate(RAND, v.autn()));
        assertEquals(0, resync.verify(RAND, failure.auts()).optionalSqnMs().getAsLong());
        AuthenticationVector inWindow = hss.generate(1000, AMF_IMS, RAND);
        assertInstanceOf(Usim.Success.class, usim.authenticate(RAND, inWindow.autn()));
    }

    @Test
    void tamperedAutsFailsVerification() {
        Usim usim = new Usim(new Milenage(K, OPC), SQN, Usim.DEFAULT_MAX_JUMP);
        byte[] auts = assertInstanceOf(Usim.SyncFailure.class,
                usim.authenticate(RAND, hss.generate(1, AMF_IMS, RAND).autn())).auts();
        assertInstanceOf(Resynchronisation.Recovered.class, resync.verify(RAND, auts));

        for (int i : new int[] {0, 5, 6, 13}) {
            byte[] tampered = auts.clone();
            tampered[i] ^= 0x01;
            Resynchronisation.Rejected rejected = assertInstanceOf(Resynchronisation.Rejected.class,
                    resync.verify(RAND, tampered), "byte " + i);
            assertEquals(Resynchronisation.Reason.MAC_S_MISMATCH, rejected.reason());
            assertTrue(rejected.optionalSqnMs().isEmpty());
        }
        byte[] otherRand = RAND.clone();
        otherRand[15] ^= 0x01;
        assertInstanceOf(Resynchronisation.Rejected.class, resync.verify(otherRand, auts));
        Resynchronisation wrongKey = new Resynchronisation(parse("0396eb317b6d1c36f19c1c84cd6ffd16"), OPC);
        assertInstanceOf(Resynchronisation.Rejected.class, wrongKey.verify(RAND, auts));
    }

    @Test
    void malformedResyncInputIsRejectedNotThrown() {
        Resynchronisation.Rejected shortAuts = assertInstanceOf(Resynchronisation.Rejected.class,
                resync.verify(RAND, new byte[13]));
        assertEquals(Resynchronisation.Reason.MALFORMED, shortAuts.reason());
        assertTrue(shortAuts.detail().contains("AUTS"), shortAuts.detail());
        assertEquals(Resynchronisation.Reason.MALFORMED,
                ((Resynchronisation.Rejected) resync.verify(null, new byte[14])).reason());
    }

    @Test
    void tamperedAutnIsAMacFailure() {
        Usim usim = new Usim(K, OPC);
        AuthenticationVector v = hss.generate(policy.next(0), AMF_IMS, RAND);
        for (int i : new int[] {0, 5, 6, 7, 8, 15}) { // concealed SQN, AMF, MAC-A
            byte[] autn = v.autn();
            autn[i] ^= 0x40;
            assertInstanceOf(Usim.MacFailure.class, usim.authenticate(RAND, autn), "byte " + i);
        }
        byte[] otherRand = RAND.clone();
        otherRand[0] ^= 0x01;
        assertInstanceOf(Usim.MacFailure.class, usim.authenticate(otherRand, v.autn()));
        Usim otherSubscriber = new Usim(parse("0396eb317b6d1c36f19c1c84cd6ffd16"), OPC);
        assertInstanceOf(Usim.MacFailure.class, otherSubscriber.authenticate(RAND, v.autn()));
        assertEquals(0, usim.sqnMs(), "a MAC failure must not move SQN_MS");
        assertInstanceOf(Usim.Success.class, usim.authenticate(RAND, v.autn()));
    }

    @Test
    void usimRejectsWrongLengths() {
        Usim usim = new Usim(K, OPC);
        assertThrows(IllegalArgumentException.class, () -> usim.authenticate(RAND, new byte[15]));
        assertThrows(IllegalArgumentException.class, () -> usim.authenticate(new byte[15], new byte[16]));
    }

    @Test
    void generatorDrawsFreshRandAndValidatesInput() {
        SecureRandom random = new SecureRandom();
        AuthenticationVector a = hss.generate(32, AMF_IMS, random);
        AuthenticationVector b = hss.generate(32, AMF_IMS, random);
        assertEquals(16, a.rand().length);
        assertFalse(Arrays.equals(a.rand(), b.rand()));
        assertThrows(IllegalArgumentException.class, () -> hss.generate(1L << 48, AMF_IMS, RAND));
        assertThrows(IllegalArgumentException.class, () -> hss.generate(-1, AMF_IMS, RAND));
        assertThrows(IllegalArgumentException.class, () -> hss.generate(32, new byte[3], RAND));
        assertThrows(IllegalArgumentException.class, () -> hss.generate(32, AMF_IMS, new byte[8]));
    }

    @Test
    void vectorComparesByContentAndIsImmutable() {
        AuthenticationVector a = hss.generate(SQN, AMF, RAND);
        AuthenticationVector b = hss.generate(SQN, AMF, RAND.clone());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, hss.generate(SQN, AMF_IMS, RAND));
        assertTrue(a.toString().contains("xres=a54211d5e3ba50bf"), a.toString());
        assertTrue(a.toString().contains("autn=55f328b43577b9b94a9ffac354dfafb3"), a.toString());

        a.xres()[0] ^= 1;
        a.autn()[0] ^= 1;
        assertEquals(b, a, "accessors must return copies");
        byte[] rand = RAND.clone();
        AuthenticationVector c = new AuthenticationVector(rand, a.xres(), a.ck(), a.ik(), a.autn());
        rand[0] ^= 1;
        assertEquals(a, c, "the constructor must copy");
        assertThrows(IllegalArgumentException.class,
                () -> new AuthenticationVector(RAND, new byte[3], a.ck(), a.ik(), a.autn()));
        assertThrows(IllegalArgumentException.class,
                () -> new AuthenticationVector(RAND, a.xres(), a.ck(), a.ik(), new byte[14]));
    }

    @Test
    void usimResultsCompareByContent() {
        Usim.Success s1 = new Usim.Success(parse("0102"), parse("03"), parse("04"));
        Usim.Success s2 = new Usim.Success(parse("0102"), parse("03"), parse("04"));
        assertEquals(s1, s2);
        assertEquals(s1.hashCode(), s2.hashCode());
        assertEquals("Success[res=0102, ck=03, ik=04]", s1.toString());
        assertEquals(new Usim.SyncFailure(parse("aabb")), new Usim.SyncFailure(parse("aabb")));
        assertEquals("SyncFailure[auts=aabb]", new Usim.SyncFailure(parse("aabb")).toString());
    }
}
