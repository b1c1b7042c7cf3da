package org.imstb.common.aka;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.imstb.common.util.Hex;
import org.junit.jupiter.api.Test;

class SqnPolicyTest {

    private final SqnPolicy policy = SqnPolicy.DEFAULT;

    @Test
    void splitsSeqAndInd() {
        long sqn = 0xff9bb4d0b607L;
        assertEquals(0xff9bb4d0b607L >>> 5, policy.seq(sqn));
        assertEquals(0x07, policy.ind(sqn));
        assertEquals(sqn, policy.compose(policy.seq(sqn), policy.ind(sqn)));
    }

    @Test
    void nextIncrementsSeqAndKeepsInd() {
        assertEquals(32, policy.next(0));
        assertEquals(64 + 3, policy.next(32 + 3));
        assertEquals((5L << 5) | 9, policy.next(4L << 5 | 1, 9));
    }

    @Test
    void wrapsOnFortyEightBits() {
        assertEquals(0x1f, policy.next(Sqn.MASK));
        assertEquals(0, new SqnPolicy(0).next(Sqn.MASK));
    }

    @Test
    void afterResyncContinuesFromSqnMs() {
        long sqnMs = 0x0000_0123_4560L;
        assertEquals(0x0000_0123_4580L, policy.afterResync(sqnMs));
    }

    @Test
    void rejectsOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> policy.next(-1));
        assertThrows(IllegalArgumentException.class, () -> policy.next(1L << 48));
        assertThrows(IllegalArgumentException.class, () -> policy.compose(1, 32));
        assertThrows(IllegalArgumentException.class, () -> new SqnPolicy(48));
        assertThrows(IllegalArgumentException.class, () -> new SqnPolicy(-1));
    }

    @Test
    void sqnBytesAreBigEndianSixBytes() {
        assertArrayEquals(Hex.parse("ff9bb4d0b607"), Sqn.toBytes(0xff9bb4d0b607L));
        assertEquals(0xff9bb4d0b607L, Sqn.fromBytes(Hex.parse("ff9bb4d0b607")));
        assertThrows(IllegalArgumentException.class, () -> Sqn.toBytes(1L << 48));
        assertThrows(IllegalArgumentException.class, () -> Sqn.fromBytes(new byte[5]));
    }
}
