package org.imstb.topology.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the few things traces need from a SIP message as text: the start line and header values (compact forms
 * included, folded lines joined). Lenient on purpose: a trace may hold truncated or malformed messages, and nothing
 * here may throw on them.
 */
final class SipText {
    private static final Map<String, String> COMPACT = Map.of("i", "call-id", "v", "via", "f", "from", "t", "to",
            "m", "contact", "l", "content-length", "c", "content-type", "o", "event", "k", "supported",
            "s", "subject");
    private static final Pattern BRANCH = Pattern.compile("(?i);\\s*branch\\s*=\\s*([^;,\\s]+)");

    private SipText() {
    }

    static String firstLine(String message) {
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    static boolean isResponse(String firstLine) {
        return firstLine.startsWith("SIP/");
    }

    /** For a request: its method; for a response: null. */
    static String method(String firstLine) {
        if (isResponse(firstLine)) {
            return null;
        }
        int sp = firstLine.indexOf(' ');
        return sp < 0 ? firstLine : firstLine.substring(0, sp);
    }

    /** For a request: its Request-URI, else null. */
    static String requestUri(String firstLine) {
        String[] parts = firstLine.split(" ");
        return isResponse(firstLine) || parts.length < 2 ? null : parts[1];
    }

    /** For a response: {@code "401 Unauthorized"}, else null. */
    static String status(String firstLine) {
        if (!isResponse(firstLine)) {
            return null;
        }
        int sp = firstLine.indexOf(' ');
        return sp < 0 ? "" : firstLine.substring(sp + 1).strip();
    }

    /** Every value of a header (by full or compact name), in order; a comma-separated value counts as one. */
    static List<String> headers(String message, String name) {
        String want = name.toLowerCase(Locale.ROOT);
        List<String> values = new ArrayList<>();
        String[] lines = message.split("\r?\n", -1);
        String current = null;
        StringBuilder value = null;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                break;
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && value != null) {
                value.append(' ').append(line.strip());
                continue;
            }
            if (value != null && want.equals(current)) {
                values.add(value.toString());
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                value = null;
                current = null;
                continue;
            }
            String n = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            current = COMPACT.getOrDefault(n, n);
            value = new StringBuilder(line.substring(colon + 1).strip());
        }
        if (value != null && want.equals(current)) {
            values.add(value.toString());
        }
        return values;
    }

    /** The first value of a header, or null. */
    static String header(String message, String name) {
        List<String> v = headers(message, name);
        return v.isEmpty() ? null : v.get(0);
    }

    /** The branch parameter of the topmost Via, or null. */
    static String topViaBranch(String message) {
        String via = header(message, "Via");
        if (via == null) {
            return null;
        }
        int comma = via.indexOf(',');
        Matcher m = BRANCH.matcher(comma < 0 ? via : via.substring(0, comma));
        return m.find() ? m.group(1) : null;
    }

    /** CSeq with its whitespace normalised: {@code "1 REGISTER"}, or null. */
    static String cseq(String message) {
        String c = header(message, "CSeq");
        return c == null ? null : String.join(" ", c.strip().split("\\s+"));
    }

    /** The method named in CSeq, or null. */
    static String cseqMethod(String message) {
        String c = cseq(message);
        if (c == null) {
            return null;
        }
        int sp = c.indexOf(' ');
        return sp < 0 ? null : c.substring(sp + 1);
    }
}
