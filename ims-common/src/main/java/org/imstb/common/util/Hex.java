package org.imstb.common.util;

import java.util.Objects;

/**
 * Hexadecimal encoding and decoding of byte arrays.
 *
 * <p>{@link #format(byte[])} writes lowercase digits; {@link #parse(CharSequence)} accepts both cases and
 * nothing else (no separators, no {@code 0x} prefix, no whitespace). Stateless and thread-safe.
 */
public final class Hex {

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {
    }

    /**
     * Formats bytes as lowercase hex, two digits per byte.
     *
     * @param bytes the bytes to format
     * @return the hex string, empty for an empty array
     * @throws NullPointerException if {@code bytes} is null
     */
    public static String format(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            out[2 * i] = DIGITS[b >>> 4];
            out[2 * i + 1] = DIGITS[b & 0x0f];
        }
        return new String(out);
    }

    /**
     * Parses a hex string (either case) into bytes.
     *
     * @param hex an even number of hex digits
     * @return the decoded bytes
     * @throws IllegalArgumentException if the length is odd or a character is not a hex digit; the message
     *                                  names the problem and the offending position
     * @throws NullPointerException     if {@code hex} is null
     */
    public static byte[] parse(CharSequence hex) {
        Objects.requireNonNull(hex, "hex");
        int len = hex.length();
        if (len % 2 != 0) {
            throw new IllegalArgumentException("hex string has odd length " + len + ": an even number of digits is required");
        }
        byte[] out = new byte[len / 2];
        for (int i = 0; i < len; i += 2) {
            out[i / 2] = (byte) (digit(hex, i) << 4 | digit(hex, i + 1));
        }
        return out;
    }

    /**
     * Parses a hex string and checks the decoded length.
     *
     * @param hex            an even number of hex digits
     * @param expectedLength the number of bytes required
     * @return the decoded bytes
     * @throws IllegalArgumentException if the input is not hex or does not decode to {@code expectedLength} bytes
     */
    public static byte[] parse(CharSequence hex, int expectedLength) {
        byte[] out = parse(hex);
        if (out.length != expectedLength) {
            throw new IllegalArgumentException(
                    "hex string decodes to " + out.length + " bytes, expected " + expectedLength);
        }
        return out;
    }

    private static int digit(CharSequence hex, int index) {
        char c = hex.charAt(index);
        int d = Character.digit(c, 16);
        if (d < 0 || c > 'f') { // Character.digit also accepts non-ASCII digits; only [0-9a-fA-F] are hex here
            throw new IllegalArgumentException(
                    "non-hex character '" + c + "' (U+" + String.format("%04X", (int) c) + ") at index " + index);
        }
        return d;
    }
}
