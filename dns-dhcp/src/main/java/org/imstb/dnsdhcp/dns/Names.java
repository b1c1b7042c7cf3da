package org.imstb.dnsdhcp.dns;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;

/** Small helpers for names and addresses written in the configuration. */
final class Names {
    private Names() {
    }

    /** True for an IPv6 literal (no name lookup is made). */
    static boolean isIpv6(String s) {
        if (s == null || s.indexOf(':') < 0 || !s.matches("[0-9A-Fa-f:.%A-Za-z0-9_-]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(s) instanceof Inet6Address;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    static Inet6Address ipv6(String s) {
        try {
            return (Inet6Address) InetAddress.getByName(s);
        } catch (UnknownHostException | ClassCastException e) {
            throw new IllegalArgumentException("not an IPv6 address: " + s, e);
        }
    }

    /** An E.164 number or prefix: {@code +} and 1 to 15 digits, visual separators allowed. */
    static boolean isE164(String s) {
        return s != null && s.replaceAll("[-.() ]", "").matches("\\+[0-9]{1,15}");
    }

    /** The absolute name for {@code text}: absolute if it ends with a dot, else as written (made absolute). */
    static Name absolute(String text) {
        try {
            return Name.fromString(text.endsWith(".") ? text : text + ".");
        } catch (TextParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a domain name: " + e.getMessage(), e);
        }
    }

    /**
     * A host written in a domain's section: {@code @} is the domain itself; a name that is the domain or ends with
     * it (trailing dot optional) is taken as absolute; anything else is relative to the domain.
     */
    static Name inDomain(String host, Name domain) {
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String d = domain.toString(true).toLowerCase(Locale.ROOT);
        String lower = h.toLowerCase(Locale.ROOT);
        if (h.equals("@") || lower.equals(d)) {
            return domain;
        }
        if (host.endsWith(".") || lower.endsWith("." + d)) {
            return absolute(h);
        }
        try {
            return Name.fromString(h, domain);
        } catch (TextParseException e) {
            throw new IllegalArgumentException("'" + host + "' is not a host name: " + e.getMessage(), e);
        }
    }

    /** Escapes a string for dnsjava's character-string parser (the NAPTR constructor unescapes it). */
    static String characterString(String raw) {
        return raw.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
