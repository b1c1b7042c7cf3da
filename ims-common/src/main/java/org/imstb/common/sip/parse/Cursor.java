package org.imstb.common.sip.parse;

import gov.nist.core.Host;
import gov.nist.core.HostPort;
import gov.nist.core.NameValue;
import gov.nist.javax.sip.address.AddressImpl;
import gov.nist.javax.sip.address.SipUri;
import gov.nist.javax.sip.header.AddressParametersHeader;

/**
 * A position in one header line, read by the fast path of {@link FastMessageParser}. Every method accepts only a
 * plain, common form of its element and answers null (or false, or -1) for anything else, so that the caller leaves
 * that header (for the request line: the whole message) to JAIN-SIP's own parser: what this class accepts must come
 * out exactly as JAIN-SIP would parse it, and everything else is JAIN-SIP's business.
 */
final class Cursor {
    final String s;
    int i;

    Cursor(String s, int i) {
        this.s = s;
        this.i = i;
    }

    boolean atEnd() {
        return i >= s.length();
    }

    char peek() {
        return i < s.length() ? s.charAt(i) : '\0';
    }

    void skipBlanks() {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
    }

    /** RFC 3261 token characters as JAIN-SIP's lexer reads them ({@code LexerCore.isTokenChar}). */
    static boolean tokenChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-.!%*_+`'~".indexOf(c) >= 0;
    }

    /** Characters taken in a URI's user part and parameters here: unreserved only (no escapes, no separators). */
    static boolean plainUriChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-_.!~*'".indexOf(c) >= 0;
    }

    /** A token; null when there is none here. */
    String token() {
        int start = i;
        while (i < s.length() && tokenChar(s.charAt(i))) {
            i++;
        }
        return i == start ? null : s.substring(start, i);
    }

    /** A decimal number of at most 9 digits, or -1. */
    int number() {
        int start = i;
        int n = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - start < 9) {
            n = n * 10 + (s.charAt(i) - '0');
            i++;
        }
        return i == start || i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9' ? -1 : n;
    }

    /**
     * Host and optional port, as JAIN-SIP's {@code HostNameParser.hostPort}: an IPv6 reference in brackets or a
     * domain name / IPv4 address. Null for anything else, and for the unbracketed IPv6 form JAIN-SIP guesses at.
     */
    HostPort hostPort() {
        int start = i;
        if (peek() == '[') {
            i++;
            while (i < s.length() && (hex(s.charAt(i)) || s.charAt(i) == ':' || s.charAt(i) == '.')) {
                i++;
            }
            if (peek() != ']') {
                return null;
            }
            i++;
        } else {
            if (unbracketedIpv6(start)) {
                return null;
            }
            while (i < s.length() && domainChar(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                return null;
            }
        }
        HostPort hp = new HostPort();
        hp.setHost(new Host(s.substring(start, i)));
        if (peek() == ':') {
            i++;
            int port = number();
            if (port < 0) {
                return null;
            }
            hp.setPort(port);
        }
        return hp;
    }

    /** JAIN-SIP's test for an IPv6 address without brackets: two colons before the first ',' then ';' or '?'. */
    private boolean unbracketedIpv6(int start) {
        int end = s.indexOf(',', start);
        end = end < 0 ? s.length() : end;
        int colons = 0;
        for (int k = start; k < end; k++) {
            char c = s.charAt(k);
            if (c == ';' || c == '?') {
                break;
            }
            if (c == ':' && ++colons == 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static boolean domainChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                || c == '_';
    }

    /**
     * A {@code sip:} URI ending at {@code end} (a '>' or a space, not included): optional plain user part, host,
     * port and plain parameters; no password, escapes or headers. Null for anything else.
     */
    SipUri sipUri(char end) {
        if (!s.startsWith("sip:", i)) {
            return null;
        }
        int stop = s.indexOf(end, i);
        if (stop < 0) {
            return null;
        }
        i += 4;
        SipUri uri = new SipUri();
        uri.setScheme("sip");
        int at = s.indexOf('@', i);
        if (at >= 0 && at < stop) {
            int userStart = i;
            while (i < at && plainUriChar(s.charAt(i))) {
                i++;
            }
            if (i != at || i == userStart) {
                return null;
            }
            uri.setUser(s.substring(userStart, at));
            i++;
        }
        HostPort hp = hostPort();
        if (hp == null) {
            return null;
        }
        uri.setHostPort(hp);
        while (peek() == ';') {
            i++;
            NameValue parameter = parameter(true);
            if (parameter == null) {
                return null;
            }
            uri.setUriParameter(parameter);
        }
        return i == stop ? uri : null;
    }

    /**
     * {@code name[=value]} after a ';', as JAIN-SIP makes it for a URI ({@code uri}: unreserved characters) or a
     * header (tokens): a flag is a value "" marked as flag. Null for an empty name or value.
     */
    private NameValue parameter(boolean uri) {
        String name = word(uri);
        if (name == null) {
            return null;
        }
        if (peek() != '=') {
            return new NameValue(name, "", true);
        }
        i++;
        String value = word(uri);
        return value == null ? null : new NameValue(name, value, false);
    }

    private String word(boolean uri) {
        if (!uri) {
            return token();
        }
        int start = i;
        while (i < s.length() && plainUriChar(s.charAt(i))) {
            i++;
        }
        return i == start ? null : s.substring(start, i);
    }

    /**
     * {@code <sip:...>} and its header parameters into {@code header}, as JAIN-SIP's
     * {@code AddressParametersParser}: no display name, tokens only as parameter values. Stops before a ',' or at the
     * end; false for anything else.
     */
    boolean nameAddr(AddressParametersHeader header) {
        if (peek() != '<') {
            return false;
        }
        i++;
        SipUri uri = sipUri('>');
        if (uri == null) {
            return false;
        }
        i++;
        AddressImpl address = new AddressImpl();
        address.setAddressType(AddressImpl.NAME_ADDR);
        address.setURI(uri);
        header.setAddress(address);
        while (peek() == ';') {
            i++;
            NameValue parameter = parameter(false);
            if (parameter == null) {
                return false;
            }
            header.setParameter(parameter);
        }
        return atEnd() || peek() == ',';
    }
}
