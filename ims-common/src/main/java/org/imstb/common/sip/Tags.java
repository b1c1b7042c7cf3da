package org.imstb.common.sip;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Random tokens for tags, icids and nonces. */
public final class Tags {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tags() {
    }

    /** A From/To tag: 64 random bits in hex. */
    public static String next() {
        return token(8);
    }

    /** {@code bytes} random bytes in lowercase hex. */
    public static String token(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
