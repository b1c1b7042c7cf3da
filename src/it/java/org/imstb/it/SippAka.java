package org.imstb.it;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.imstb.common.aka.Milenage;

/** What SIPp's Digest-AKAv1-MD5 code gets from a challenge, to tell its own failures from ours. */
final class SippAka {
    private static final int RAND_LENGTH = 16;

    private SippAka() {
    }

    /**
     * Whether RAND, AUTN (the nonce, base64) or the RES that K and OP (SIPp's printable {@code aka_K}, {@code aka_OP})
     * give for it contain a 0x00 byte, where SIPp's C strings end early.
     */
    static boolean hasNulByte(String nonce, String k, String op) {
        byte[] randAutn;
        try {
            randAutn = Base64.getDecoder().decode(nonce);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (randAutn.length < 2 * RAND_LENGTH) {
            return false;
        }
        byte[] key = k.getBytes(StandardCharsets.ISO_8859_1);
        byte[] rand = Arrays.copyOf(randAutn, RAND_LENGTH);
        byte[] res = new Milenage(key, Milenage.opc(key, op.getBytes(StandardCharsets.ISO_8859_1))).f2(rand);
        return contains0(randAutn) || contains0(res);
    }

    private static boolean contains0(byte[] b) {
        for (byte x : b) {
            if (x == 0) {
                return true;
            }
        }
        return false;
    }
}
