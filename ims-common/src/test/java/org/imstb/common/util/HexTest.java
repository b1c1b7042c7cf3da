package org.imstb.common.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HexTest {

    @Test
    void formatsLowercase() {
        assertEquals("00017f80ff", Hex.format(new byte[] {0, 1, 0x7f, (byte) 0x80, (byte) 0xff}));
        assertEquals("", Hex.format(new byte[0]));
    }

    @Test
    void parsesEitherCase() {
        assertArrayEquals(new byte[] {(byte) 0xab, (byte) 0xcd, 0x09}, Hex.parse("aBCd09"));
        assertArrayEquals(new byte[0], Hex.parse(""));
        assertArrayEquals(new byte[] {1, 2}, Hex.parse("0102", 2));
    }

    @Test
    void roundTrips() {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        assertArrayEquals(all, Hex.parse(Hex.format(all)));
    }

    @Test
    void rejectsOddLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Hex.parse("abc"));
        assertTrue(e.getMessage().contains("odd length 3"), e.getMessage());
    }

    @Test
    void rejectsNonHexNamingCharacterAndIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Hex.parse("00zz"));
        assertTrue(e.getMessage().contains("'z'") && e.getMessage().contains("index 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Hex.parse("0x12"));
        assertThrows(IllegalArgumentException.class, () -> Hex.parse("12 4"));
        assertThrows(IllegalArgumentException.class, () -> Hex.parse("g0"));
        assertThrows(IllegalArgumentException.class, () -> Hex.parse("\uff10\uff10")); // fullwidth digits
        assertThrows(IllegalArgumentException.class, () -> Hex.parse("\u0661\u0662")); // Arabic-Indic digits
    }

    @Test
    void rejectsWrongDecodedLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Hex.parse("0102", 3));
        assertTrue(e.getMessage().contains("2 bytes, expected 3"), e.getMessage());
    }

    @Test
    void rejectsNull() {
        assertThrows(NullPointerException.class, () -> Hex.parse(null));
        assertThrows(NullPointerException.class, () -> Hex.format(null));
    }
}
