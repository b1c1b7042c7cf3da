package org.imstb.ue.as;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sip.header.Header;
import javax.sip.message.Request;

/**
 * The P-Served-User header (RFC 5502) the S-CSCF adds towards an AS: the user served, the session case
 * ({@code orig}, {@code term}) and the registration state ({@code reg}, {@code unreg}). Read from the header's text,
 * whatever JAIN-SIP made of it.
 *
 * @param identity the served user's URI, e.g. {@code sip:alice@domain1.test}
 * @param sescase  {@code orig} or {@code term}, or null
 * @param regstate {@code reg} or {@code unreg}, or null
 */
public record ServedUser(String identity, String sescase, String regstate) {
    public static final String HEADER = "P-Served-User";
    private static final Pattern VALUE = Pattern.compile("^\\s*(?:\"[^\"]*\"\\s*)?<([^>]+)>(.*)$");
    private static final Pattern PARAM = Pattern.compile(";\\s*([A-Za-z-]+)\\s*=\\s*([A-Za-z0-9_-]+)");

    /** The served user of {@code request}, if it names one. */
    public static Optional<ServedUser> of(Request request) {
        Header h = request.getHeader(HEADER);
        if (h == null) {
            return Optional.empty();
        }
        String text = h.toString().trim();
        int colon = text.indexOf(':');
        return parse(colon >= 0 && text.substring(0, colon).trim().equalsIgnoreCase(HEADER)
                ? text.substring(colon + 1) : text);
    }

    /** Parses a header value {@code <uri>;sescase=orig;regstate=reg}; empty when it is not of that form. */
    static Optional<ServedUser> parse(String value) {
        Matcher m = VALUE.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        String sescase = null;
        String regstate = null;
        Matcher p = PARAM.matcher(m.group(2));
        while (p.find()) {
            if (p.group(1).equalsIgnoreCase("sescase")) {
                sescase = p.group(2);
            } else if (p.group(1).equalsIgnoreCase("regstate")) {
                regstate = p.group(2);
            }
        }
        return Optional.of(new ServedUser(m.group(1).trim(), sescase, regstate));
    }
}
