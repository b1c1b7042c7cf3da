package org.imstb.hss.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SqnTest {

    @Test
    void nextStepsSeqByOneWithIndZero() {
        assertEquals(32, Sqn.next(0));
        assertEquals(64, Sqn.next(32));
        assertEquals(64, Sqn.next(37), "IND bits of the current value are dropped");
        assertEquals(2, Sqn.seq(Sqn.next(Sqn.next(0))));
    }

    @Test
    void wrapsAt48Bits() {
        assertEquals(0, Sqn.next(Sqn.MAX));
        assertEquals(Sqn.MAX - 31, Sqn.next(Sqn.MAX - 63));
    }

    @Test
    void akaCredentialsCheckLengthsAndRange() {
        byte[] k = new byte[16];
        assertThrows(IllegalArgumentException.class, () -> new AkaCredentials(new byte[15], k, null, new byte[2], 0));
        assertThrows(IllegalArgumentException.class, () -> new AkaCredentials(k, k, k, new byte[2], 0));
        assertThrows(IllegalArgumentException.class, () -> new AkaCredentials(k, null, null, new byte[2], 0));
        assertThrows(IllegalArgumentException.class, () -> new AkaCredentials(k, k, null, new byte[2], Sqn.MAX + 1));
        AkaCredentials a = new AkaCredentials(k, k, null, new byte[2], 5);
        assertEquals(a, new AkaCredentials(new byte[16], new byte[16], null, new byte[2], 5));
        assertEquals("AkaCredentials[k=***, opc=***, amf=***, sqn=5]", a.toString());
    }
}
