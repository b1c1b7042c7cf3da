package org.imstb.topology.runtime.netns;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** IPv6 literal and prefix parsing; never resolves names (the text is checked to be a literal first). */
final class Ipv6 {
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:]*");

    private Ipv6() {
    }

    /** A prefix: its network address (host bits cleared) and length. */
    record Prefix(byte[] network, int length) {
        boolean contains(byte[] address) {
            for (int bit = 0; bit < length; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((network[bit / 8] & mask) != (address[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }

        /** The address {@code network + 1}, e.g. {@code fd00:0:0:ff::1}. */
        String firstHost() {
            byte[] a = network.clone();
            a[15] |= 1;
            return format(a);
        }
    }

    /** Parses an IPv6 literal (no prefix length). */
    static byte[] parse(String text, String what) {
        if (text == null || !LITERAL.matcher(text).matches()) {
            throw new IllegalArgumentException(what + ": '" + text + "' is not an IPv6 address");
        }
        try {
            InetAddress a = InetAddress.getByName(text);
            if (!(a instanceof Inet6Address)) {
                throw new IllegalArgumentException(what + ": '" + text + "' is not an IPv6 address");
            }
            return a.getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(what + ": '" + text + "' is not an IPv6 address", e);
        }
    }

    /**
     * Parses {@code addr/len}; without {@code /len} the length is 64, and leading groups without {@code ::} (such as
     * {@code fd00:0:0:ff}) are completed with {@code ::}. Host bits are cleared.
     */
    static Prefix prefix(String text, String what) {
        if (text == null) {
            throw new IllegalArgumentException(what + ": missing prefix");
        }
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        int length = 64;
        if (slash >= 0) {
            try {
                length = Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + ": bad prefix length in '" + text + "'", e);
            }
            if (length < 1 || length > 128) {
                throw new IllegalArgumentException(what + ": bad prefix length in '" + text + "'");
            }
        }
        if (!address.contains("::") && address.split(":", -1).length < 8) {
            address = address + "::";
        }
        byte[] network = parse(address, what);
        for (int bit = length; bit < 128; bit++) {
            network[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return new Prefix(network, length);
    }

    /** Compressed text form (RFC 5952: longest run of two or more zero groups becomes ::). */
    static String format(byte[] a) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = ((a[2 * i] & 0xff) << 8) | (a[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                s.append("::");
                i += bestLen - 1;
                continue;
            }
            if (s.length() > 0 && s.charAt(s.length() - 1) != ':') {
                s.append(':');
            }
            s.append(Integer.toHexString(g[i]));
        }
        return s.toString();
    }
}
