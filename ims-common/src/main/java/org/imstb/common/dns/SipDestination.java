package org.imstb.common.dns;

import java.util.Locale;

import org.imstb.common.util.Hosts;

/**
 * What RFC 3263 needs of a SIP or SIPS URI: the target host (the {@code maddr} parameter when present, else the
 * host part), the explicit port, the {@code transport} parameter and whether the URI is a sips URI.
 *
 * @param host      host name or IP literal (IPv6 without brackets)
 * @param port      explicit port, or null
 * @param transport the transport parameter's transport, or null
 * @param secure    true for a sips URI
 */
public record SipDestination(String host, Integer port, SipTransport transport, boolean secure) {
    public SipDestination {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("a SIP destination needs a host");
        }
        host = stripBrackets(host);
        if (port != null && (port < 1 || port > 65535)) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (secure && transport == SipTransport.UDP) {
            throw new IllegalArgumentException("a sips URI cannot use transport=udp");
        }
    }

    /** A sip: destination with only a host. */
    public static SipDestination ofHost(String host) {
        return new SipDestination(host, null, null, false);
    }

    /**
     * Parses a {@code sip:} or {@code sips:} URI, e.g. {@code sip:bob@domain2.test},
     * {@code sip:[fd00:1::11]:5070;transport=tcp;lr}. Headers ({@code ?...}) are ignored.
     */
    public static SipDestination parse(String uri) {
        String s = uri.trim();
        int colon = s.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a SIP URI: " + uri);
        }
        String scheme = s.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!scheme.equals("sip") && !scheme.equals("sips")) {
            throw new IllegalArgumentException("not a sip: or sips: URI: " + uri);
        }
        boolean secure = scheme.equals("sips");
        String rest = s.substring(colon + 1);
        int q = rest.indexOf('?');
        if (q >= 0) {
            rest = rest.substring(0, q);
        }
        int at = rest.lastIndexOf('@');
        String hostPortParams = at >= 0 ? rest.substring(at + 1) : rest;
        String[] parts = hostPortParams.split(";");
        String hostPort = parts[0];
        String transportParam = null;
        String maddr = null;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            int eq = p.indexOf('=');
            String name = (eq < 0 ? p : p.substring(0, eq)).toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : p.substring(eq + 1);
            if (name.equals("transport")) {
                transportParam = value;
            } else if (name.equals("maddr")) {
                maddr = value;
            }
        }
        String host;
        Integer port = null;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("unclosed IPv6 reference in " + uri);
            }
            host = hostPort.substring(1, close);
            String after = hostPort.substring(close + 1);
            if (after.startsWith(":")) {
                port = parsePort(after.substring(1), uri);
            } else if (!after.isEmpty()) {
                throw new IllegalArgumentException("junk after IPv6 reference in " + uri);
            }
        } else {
            int pc = hostPort.indexOf(':');
            host = pc < 0 ? hostPort : hostPort.substring(0, pc);
            if (pc >= 0) {
                port = parsePort(hostPort.substring(pc + 1), uri);
            }
        }
        SipTransport transport = transportParam == null ? null : SipTransport.ofUriParameter(transportParam, secure);
        return new SipDestination(maddr != null ? maddr : host, port, transport, secure);
    }

    /** From a JAIN-SIP URI. */
    public static SipDestination of(javax.sip.address.SipURI uri) {
        String maddr = uri.getMAddrParam();
        String transport = uri.getTransportParam();
        int port = uri.getPort();
        return new SipDestination(maddr != null ? maddr : uri.getHost(), port > 0 ? port : null,
                transport == null ? null : SipTransport.ofUriParameter(transport, uri.isSecure()), uri.isSecure());
    }

    private static Integer parsePort(String s, String uri) {
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad port '" + s + "' in " + uri, e);
        }
    }

    private static String stripBrackets(String h) {
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }

    /** True when the host is an IPv4 or IPv6 literal. */
    public boolean numericHost() {
        return host.indexOf(':') >= 0 || Hosts.isDottedQuad(host);
    }
}
