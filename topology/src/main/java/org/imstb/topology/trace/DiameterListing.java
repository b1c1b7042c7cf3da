package org.imstb.topology.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Diameter message as the ims-common codec lists it in traces: a header line
 * {@code UAR (300) flags=R--- app=16777216 hbh=c2ff0f e2e=63700002}, then one AVP per line ({@code Name = value}),
 * grouped AVPs indented by two spaces per level.
 */
final class DiameterListing {
    private static final Pattern HEADER = Pattern.compile(
            "(\\S+) \\((\\d{1,10})\\) flags=([R-])([P-])([E-])([T-]) app=(\\d{1,10}) "
            + "hbh=([0-9a-fA-F]+) e2e=([0-9a-fA-F]+)");
    private static final Pattern RESULT = Pattern.compile("(?m)^\\s+(?:Result-Code|Experimental-Result-Code) = (\\d+)");
    private static final Pattern RESULT_NAME = Pattern.compile("^\\S+\\s+(\\S+)\\s+\\[");

    private DiameterListing() {
    }

    /** The header line's fields. */
    record Header(String command, long code, boolean request, boolean retransmitted, String hopByHop,
            String endToEnd) {
    }

    /** The header of a listing, or null if its first line is not one. */
    static Header header(String message) {
        int end = message.indexOf('\n');
        Matcher m = HEADER.matcher((end < 0 ? message : message.substring(0, end)).strip());
        if (!m.matches()) {
            return null;
        }
        return new Header(m.group(1), Long.parseLong(m.group(2)), m.group(3).equals("R"), m.group(6).equals("T"),
                m.group(8).toLowerCase(java.util.Locale.ROOT), m.group(9).toLowerCase(java.util.Locale.ROOT));
    }

    /** Result-Code, else Experimental-Result-Code, or null. */
    static String resultCode(String message) {
        Matcher m = RESULT.matcher(message);
        return m.find() ? m.group(1) : null;
    }

    /** The result's name from a record summary ({@code UAA DIAMETER_FIRST_REGISTRATION [2001/3GPP]}), or null. */
    static String resultName(String summary) {
        Matcher m = RESULT_NAME.matcher(summary == null ? "" : summary);
        return m.find() ? m.group(1) : null;
    }

    /** The values of every AVP of that name, at any depth. */
    static List<String> values(String message, String avp) {
        List<String> out = new ArrayList<>();
        String prefix = avp + " = ";
        for (String line : message.split("\n")) {
            String s = line.strip();
            if (s.startsWith(prefix)) {
                out.add(s.substring(prefix.length()));
            }
        }
        return out;
    }
}
