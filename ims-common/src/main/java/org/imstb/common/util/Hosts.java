package org.imstb.common.util;

/**
 * Host text checks made on every SIP message (routing, trust, loop detection), written as character loops: the
 * {@code String.matches} they replace compiled a regular expression per call, which showed in profiles of every CSCF.
 */
public final class Hosts {
    private Hosts() {
    }

    /** An IPv6 literal (bracketed or not) or something made of digits and dots only (an IPv4 literal). */
    public static boolean isIpLiteral(String host) {
        return host.indexOf(':') >= 0 || host.startsWith("[") || digitsAndDots(host);
    }

    /** Exactly four dot-separated runs of digits ({@code 192.0.2.1}). */
    public static boolean isDottedQuad(String host) {
        int dots = 0;
        int run = 0;
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c == '.') {
                if (run == 0 || ++dots > 3) {
                    return false;
                }
                run = 0;
            } else if (c >= '0' && c <= '9') {
                run++;
            } else {
                return false;
            }
        }
        return dots == 3 && run > 0;
    }

    /** {@code fe80::1%eth0} → {@code fe80::1}: an IPv6 scope (zone) removed. */
    public static String withoutZone(String address) {
        int percent = address.indexOf('%');
        return percent < 0 ? address : address.substring(0, percent);
    }

    private static boolean digitsAndDots(String host) {
        if (host.isEmpty()) {
            return false;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c != '.' && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }
}
