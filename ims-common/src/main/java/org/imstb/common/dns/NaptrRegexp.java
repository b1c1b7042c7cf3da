package org.imstb.common.dns;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.xbill.DNS.NAPTRRecord;

/**
 * A NAPTR substitution expression (RFC 3402 §3.2): {@code delim ERE delim replacement delim [i]}, e.g.
 * {@code !^\+1555(.*)$!sip:\1@domain1.test!}. The delimiter is any character but a digit, a backslash or
 * {@code i}; {@code \1}..{@code \9} in the replacement name groups of the ERE and {@code \\} is a backslash. Applying
 * it yields the replacement with the groups filled in (the output is the replacement only, as ENUM clients do).
 *
 * @param pattern     the compiled ERE (as a Java pattern)
 * @param replacement the replacement template
 */
public record NaptrRegexp(Pattern pattern, String replacement) {
    /** Parses an expression; IllegalArgumentException names the problem. */
    public static NaptrRegexp parse(String expression) {
        if (expression == null || expression.length() < 3) {
            throw new IllegalArgumentException("NAPTR regexp too short: " + expression);
        }
        char delim = expression.charAt(0);
        if (Character.isDigit(delim) || delim == '\\' || delim == 'i') {
            throw new IllegalArgumentException("NAPTR regexp delimiter may not be '" + delim + "'");
        }
        int first = unescapedIndexOf(expression, delim, 1);
        int second = first < 0 ? -1 : unescapedIndexOf(expression, delim, first + 1);
        if (second < 0) {
            throw new IllegalArgumentException("NAPTR regexp needs three '" + delim + "' delimiters: " + expression);
        }
        String flags = expression.substring(second + 1);
        if (!flags.isEmpty() && !flags.equals("i")) {
            throw new IllegalArgumentException("NAPTR regexp flags may only be 'i', got '" + flags + "'");
        }
        String ere = unescapeDelimiter(expression.substring(1, first), delim);
        String repl = unescapeDelimiter(expression.substring(first + 1, second), delim);
        try {
            Pattern p = Pattern.compile(ere, flags.isEmpty() ? 0 : Pattern.CASE_INSENSITIVE);
            return new NaptrRegexp(p, repl);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("NAPTR regexp: bad expression '" + ere + "': " + e.getDescription(), e);
        }
    }

    /** The rewritten string, or empty when the expression does not match {@code input}. */
    public Optional<String> apply(String input) {
        Matcher m = pattern.matcher(input);
        if (!m.find()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if (c == '\\' && i + 1 < replacement.length()) {
                char n = replacement.charAt(++i);
                if (n >= '1' && n <= '9') {
                    int g = n - '0';
                    if (g > m.groupCount()) {
                        throw new IllegalArgumentException("NAPTR regexp refers to group " + g + " of "
                                + m.groupCount());
                    }
                    String v = m.group(g);
                    out.append(v == null ? "" : v);
                } else {
                    out.append(n);
                }
            } else {
                out.append(c);
            }
        }
        return Optional.of(out.toString());
    }

    /**
     * The raw regexp of a record: dnsjava's {@link NAPTRRecord#getRegexp()} gives the zone-file
     * presentation form, in which a backslash is written {@code \\} and other bytes may be {@code \DDD}.
     */
    public static String rawRegexp(NAPTRRecord record) {
        return unescapePresentation(record.getRegexp());
    }

    /** Undoes RFC 1035 §5.1 character-string escapes: {@code \X} is X, {@code \DDD} is the byte DDD. */
    static String unescapePresentation(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && isDigits(s, i + 1)) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 4)));
                i += 3;
            } else if (c == '\\' && i + 1 < s.length()) {
                out.write(s.charAt(++i));
            } else {
                out.write(c);
            }
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    private static boolean isDigits(String s, int from) {
        if (from + 3 > s.length()) {
            return false;
        }
        for (int i = from; i < from + 3; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Parses and applies in one go. */
    public static Optional<String> rewrite(String expression, String input) {
        return parse(expression).apply(input);
    }

    private static int unescapedIndexOf(String s, char delim, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == delim) {
                return i;
            }
        }
        return -1;
    }

    private static String unescapeDelimiter(String s, char delim) {
        return s.replace("\\" + delim, String.valueOf(delim));
    }
}
