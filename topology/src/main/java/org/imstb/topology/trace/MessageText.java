package org.imstb.topology.trace;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message's text made fit for a terminal or a web page. SIP line ends become {@code \n}. Diameter listings may
 * carry raw bytes: Address AVPs (Host-IP-Address) are written by the codec as their undecoded value — a 2-byte
 * address family and the address, read as UTF-8 — which is shown decoded ({@code ::1}) when no byte was lost to that
 * decoding (bytes of 0x80 and above become U+FFFD); any other control character is shown as {@code \xNN}.
 */
public final class MessageText {
    private static final Pattern ADDRESS_AVP = Pattern.compile("(?m)^(\\s*[A-Za-z0-9-]*Address = )(.*)$");

    private MessageText() {
    }

    /** The text for display. */
    public static String display(String message) {
        if (message == null) {
            return "";
        }
        String s = message.replace("\r\n", "\n");
        Matcher m = ADDRESS_AVP.matcher(s);
        StringBuilder sb = new StringBuilder(s.length());
        while (m.find()) {
            String decoded = address(m.group(2));
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + (decoded != null ? decoded : m.group(2))));
        }
        m.appendTail(sb);
        return escapeControls(sb.toString());
    }

    /** An Address AVP's raw value (family 1 = IPv4, 2 = IPv6, then the address) as text, or null. */
    static String address(String raw) {
        if (raw.length() != 6 && raw.length() != 18) {
            return null;
        }
        int[] b = new int[raw.length()];
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c > 0x7f) {
                return null; // a byte >= 0x80 was lost to UTF-8 decoding (U+FFFD) when the record was written
            }
            b[i] = c;
        }
        int family = (b[0] << 8) | b[1];
        if (family == 1 && b.length == 6) {
            return b[2] + "." + b[3] + "." + b[4] + "." + b[5];
        }
        if (family == 2 && b.length == 18) {
            StringBuilder v6 = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                v6.append(i == 0 ? "" : ":").append(Integer.toHexString((b[2 + 2 * i] << 8) | b[3 + 2 * i]));
            }
            return PeerAddress.normalizeHost(v6.toString());
        }
        return null;
    }

    private static String escapeControls(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0);
            if (control && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (control) {
                    sb.append(String.format("\\x%02x", (int) c));
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }
}
