package org.imstb.topology.trace;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A socket address or a name as trace records write it, normalised: {@code [::1]:5060}, {@code 0:0:0:0:0:0:0:1:5060}
 * (JAIN-SIP writes both forms, the second without brackets), {@code fd00:0:0:1::10}, {@code hss.domain1.test:3868}
 * or a bare Diameter identity. IPv6 literals become their RFC 5952 text ({@code ::1}); names are lower-cased.
 *
 * @param host the address ({@link #isIp()}) or the host name / identity; empty if the text was empty
 * @param port the port, or -1 when the text has none
 */
public record PeerAddress(String host, int port) {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9a-fA-F]{1,4}");

    /** Parses what a trace record's {@code local} or {@code remote} holds. */
    public static PeerAddress parse(String text) {
        String s = text == null ? "" : text.trim();
        if (s.startsWith("[")) {
            int end = s.indexOf(']');
            if (end > 0) {
                String host = s.substring(1, end);
                String rest = s.substring(end + 1);
                return new PeerAddress(normalizeHost(host), rest.startsWith(":") ? port(rest.substring(1)) : -1);
            }
        }
        int colons = (int) s.chars().filter(c -> c == ':').count();
        if (colons == 1) {
            int i = s.indexOf(':');
            int port = port(s.substring(i + 1));
            if (port >= 0) {
                return new PeerAddress(normalizeHost(s.substring(0, i)), port);
            }
        } else if (colons == 8 && !s.contains("::")) {
            int i = s.lastIndexOf(':');
            int port = port(s.substring(i + 1));
            if (port >= 0) {
                return new PeerAddress(normalizeHost(s.substring(0, i)), port);
            }
        }
        return new PeerAddress(normalizeHost(s), -1);
    }

    /** True when the host is an IP address literal. */
    public boolean isIp() {
        return host.indexOf(':') >= 0 || IPV4.matcher(host).matches();
    }

    /** As people read it: {@code [::1]:5060}, {@code 10.0.0.1:5060}, {@code hss.domain1.test}. */
    @Override
    public String toString() {
        String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return port < 0 ? h : h + ":" + port;
    }

    /** An IP literal in canonical form (IPv6 per RFC 5952), anything else lower-cased. */
    public static String normalizeHost(String host) {
        String h = host.trim();
        int zone = h.indexOf('%');
        if (zone > 0 && h.indexOf(':') >= 0) {
            h = h.substring(0, zone);
        }
        if (h.indexOf(':') >= 0) {
            int[] groups = ipv6Groups(h);
            return groups == null ? h.toLowerCase(Locale.ROOT) : ipv6Text(groups);
        }
        return h.toLowerCase(Locale.ROOT);
    }

    private static int port(String s) {
        if (s.isEmpty() || s.length() > 5 || !s.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        int p = Integer.parseInt(s);
        return p <= 65535 ? p : -1;
    }

    /** The eight 16-bit groups of an IPv6 literal, or null if it is not one (IPv4-suffixed forms included). */
    static int[] ipv6Groups(String s) {
        String text = s;
        int[] v4 = null;
        int lastColon = text.lastIndexOf(':');
        if (lastColon >= 0 && IPV4.matcher(text.substring(lastColon + 1)).matches()) {
            String[] q = text.substring(lastColon + 1).split("\\.");
            v4 = new int[2];
            for (int i = 0; i < 4; i++) {
                int b = Integer.parseInt(q[i]);
                if (b > 255) {
                    return null;
                }
                v4[i / 2] = (v4[i / 2] << 8) | b;
            }
            text = text.substring(0, lastColon + 1) + "0:0";
        }
        int dbl = text.indexOf("::");
        if (dbl >= 0 && text.indexOf("::", dbl + 1) >= 0) {
            return null;
        }
        String[] head = dbl >= 0 ? split(text.substring(0, dbl)) : split(text);
        String[] tail = dbl >= 0 ? split(text.substring(dbl + 2)) : new String[0];
        if (head == null || tail == null || head.length + tail.length > 8 || (dbl < 0 && head.length != 8)
                || (dbl >= 0 && head.length + tail.length == 8)) {
            return null;
        }
        int[] g = new int[8];
        for (int i = 0; i < head.length; i++) {
            g[i] = Integer.parseInt(head[i], 16);
        }
        for (int i = 0; i < tail.length; i++) {
            g[8 - tail.length + i] = Integer.parseInt(tail[i], 16);
        }
        if (v4 != null) {
            g[6] = v4[0];
            g[7] = v4[1];
        }
        return g;
    }

    private static String[] split(String part) {
        if (part.isEmpty()) {
            return new String[0];
        }
        String[] groups = part.split(":", -1);
        for (String g : groups) {
            if (!HEX_GROUP.matcher(g).matches()) {
                return null;
            }
        }
        return groups;
    }

    private static String ipv6Text(int[] g) {
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }
}
