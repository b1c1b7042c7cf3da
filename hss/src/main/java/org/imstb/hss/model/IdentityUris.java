package org.imstb.hss.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks and normalises IMS identities.
 * <ul>
 * <li>Public identities are {@code sip:}/{@code sips:} URIs ({@code sip:alice@domain1.test}, {@code sip:host})
 * or {@code tel:} URIs ({@code tel:+15551001}).</li>
 * <li>Private identities are NAIs {@code user@realm}.</li>
 * <li>The lookup {@link #key(String) key} of a public identity lower-cases the scheme and host of SIP URIs, drops
 * URI parameters and headers, and drops visual separators ({@code -.()}) from tel numbers; the user part keeps its
 * case. Two identities with the same key are the same identity to the store.</li>
 * <li>Wildcarded PSIs use the TS 23.003 §13.5 form: the text between a pair of {@code !} is a Java regular
 * expression, the rest is literal; matching ignores case. {@code sip:chat-!.*!@domain1.test} matches
 * {@code sip:chat-room1@domain1.test}.</li>
 * </ul>
 */
public final class IdentityUris {
    private static final Pattern SIP = Pattern.compile(
            "(?i)(sips?):(?:([^@;?\\s]+)@)?([A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+])"
                    + "(:\\d{1,5})?((?:;[^;?\\s]*)*)(\\?\\S*)?");
    private static final Pattern TEL = Pattern.compile("(?i)tel:(\\+?[0-9A-Fa-f*#().-]*[0-9A-Fa-f*#])((?:;[^;\\s]*)*)");
    private static final Pattern NAI = Pattern.compile("[^@\\s]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?");

    private IdentityUris() {
    }

    /** Null if {@code uri} is a usable public identity, else the problem. */
    public static String checkPublic(String uri) {
        if (uri == null || uri.isBlank()) {
            return "is required";
        }
        if (SIP.matcher(uri).matches() || TEL.matcher(uri).matches()) {
            return null;
        }
        return "must be a sip:, sips: or tel: URI, got '" + uri + "'";
    }

    /** Null if {@code identity} is a usable wildcarded PSI ({@code !regex!} parts in a URI), else the problem. */
    public static String checkWildcard(String identity) {
        if (identity == null || identity.isBlank()) {
            return "is required";
        }
        String[] parts = identity.split("!", -1);
        if (parts.length < 3 || parts.length % 2 == 0) {
            return "a wildcarded PSI needs the variable part between a pair of '!', e.g. sip:chat-!.*!@domain.test";
        }
        StringBuilder sample = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 0) {
                sample.append(parts[i]);
            } else {
                try {
                    Pattern.compile(parts[i]);
                } catch (PatternSyntaxException e) {
                    return "wildcard '!" + parts[i] + "!' is not a regular expression: " + e.getDescription();
                }
                sample.append('1');
            }
        }
        String problem = checkPublic(sample.toString());
        return problem == null ? null : "must be a sip:, sips: or tel: URI with '!regex!' parts, got '" + identity + "'";
    }

    /** Null if {@code impi} is an NAI {@code user@realm}, else the problem. */
    public static String checkPrivate(String impi) {
        if (impi == null || impi.isBlank()) {
            return "is required";
        }
        return NAI.matcher(impi).matches() ? null : "must be an NAI user@realm, got '" + impi + "'";
    }

    /** Whether {@code uri} is a sip: or sips: URI. */
    public static boolean isSipUri(String uri) {
        return uri != null && SIP.matcher(uri).matches();
    }

    /** The lookup key of a public identity (see class comment); other text is returned trimmed. */
    public static String key(String uri) {
        String u = uri.trim();
        String fast = simpleSipKey(u);
        return fast != null ? fast : keyByGrammar(u);
    }

    /** The key by the full URI grammar (the reference the fast path is tested against). */
    static String keyByGrammar(String u) {
        Matcher m = SIP.matcher(u);
        if (m.matches()) {
            StringBuilder sb = new StringBuilder(u.length());
            sb.append(m.group(1).toLowerCase(Locale.ROOT)).append(':');
            if (m.group(2) != null) {
                sb.append(m.group(2)).append('@');
            }
            sb.append(m.group(3).toLowerCase(Locale.ROOT));
            if (m.group(4) != null) {
                sb.append(m.group(4));
            }
            return sb.toString();
        }
        m = TEL.matcher(u);
        if (m.matches()) {
            return "tel:" + m.group(1).replaceAll("[().-]", "").toLowerCase(Locale.ROOT);
        }
        return u;
    }

    /**
     * The key of the common case, {@code sip:user@host[:port][;params]} with plain characters, without the regular
     * expression (the HSS computes keys on every request); null when the URI needs the full grammar.
     */
    private static String simpleSipKey(String u) {
        int colon = u.indexOf(':');
        if (colon != 3 || !u.regionMatches(true, 0, "sip", 0, 3)) {
            return null;
        }
        int at = u.indexOf('@', 4);
        if (at <= 4) {
            return null;
        }
        for (int i = 4; i < at; i++) {
            char c = u.charAt(i);
            if (c == ';' || c == '?' || c <= ' ' || c > '~') {
                return null;
            }
        }
        int end = at + 1;
        while (end < u.length() && isHostChar(u.charAt(end))) {
            end++;
        }
        if (end == at + 1 || !Character.isLetterOrDigit(u.charAt(at + 1))
                || !Character.isLetterOrDigit(u.charAt(end - 1))) {
            return null;
        }
        int hostEnd = end;
        if (end < u.length() && u.charAt(end) == ':') {
            int p = end + 1;
            while (p < u.length() && p - end <= 5 && Character.isDigit(u.charAt(p))) {
                p++;
            }
            if (p == end + 1 || p - end > 6) {
                return null;
            }
            end = p;
        }
        if (end < u.length()) {
            char next = u.charAt(end);
            if (next != ';' && next != '?') {
                return null;
            }
            for (int i = end; i < u.length(); i++) {
                char c = u.charAt(i);
                if (c <= ' ' || c > '~') {
                    return null;
                }
            }
        }
        return "sip:" + u.substring(4, at + 1) + u.substring(at + 1, hostEnd).toLowerCase(Locale.ROOT)
                + u.substring(hostEnd, end);
    }

    private static boolean isHostChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-';
    }

    /** The pattern a wildcarded PSI stands for; match it against {@link #key(String) keys}. */
    public static Pattern wildcardPattern(String wildcard) {
        String[] parts = wildcard.split("!", -1);
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 0) {
                if (!parts[i].isEmpty()) {
                    re.append(Pattern.quote(parts[i]));
                }
            } else {
                re.append("(?:").append(parts[i]).append(')');
            }
        }
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE);
    }
}
