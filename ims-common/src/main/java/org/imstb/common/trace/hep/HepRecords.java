package org.imstb.common.trace.hep;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.imstb.common.trace.Direction;
import org.imstb.common.trace.Protocol;
import org.imstb.common.trace.TraceRecord;

/**
 * Maps a {@link TraceRecord} to the fields of a HEP packet: a sent message (OUT) goes from the record's local address
 * to its remote one, a received one (IN) the other way; SIP carries the message text as captured, Diameter the JSON
 * of {@link DiameterJson} with its Session-Id as correlation id. Host names and Diameter identities are resolved
 * with the given {@link HostResolver}; what does not resolve is sent as the unspecified address, port 0. Never throws
 * on odd records.
 */
public final class HepRecords {
    private HepRecords() {
    }

    /** A host and port taken from a record's address string; port 0 when it has none. */
    public record HostPort(String host, int port) {
        static final HostPort NONE = new HostPort("", 0);

        /**
         * Reads the address forms the traces hold: {@code [v6]:port}, {@code host:port}, {@code a.b.c.d:port}, an
         * IPv6 literal followed by {@code :port} without brackets (JAIN-SIP writes those), or a bare host, Diameter
         * identity or IP literal.
         */
        public static HostPort parse(String s) {
            if (s == null) {
                return NONE;
            }
            String t = s.strip();
            if (t.startsWith("[")) {
                int close = t.indexOf(']');
                if (close < 0) {
                    return new HostPort(t.substring(1), 0);
                }
                String rest = t.substring(close + 1);
                return new HostPort(t.substring(1, close), rest.startsWith(":") ? port(rest.substring(1)) : 0);
            }
            int last = t.lastIndexOf(':');
            if (last < 0) {
                return new HostPort(t, 0);
            }
            String head = t.substring(0, last);
            int port = port(t.substring(last + 1));
            if (t.indexOf(':') == last) {
                return new HostPort(head, port); // host:port, or a.b.c.d:port
            }
            // several colons: an IPv6 literal, with a port only if what precedes the last colon is a literal too
            // (and not one ending in "::", so that a bare "::1" stays an address)
            return port > 0 && !head.endsWith("::") && isIpv6Literal(head) ? new HostPort(head, port)
                    : new HostPort(t, 0);
        }

        private static int port(String s) {
            if (s.isEmpty() || s.length() > 5) {
                return 0;
            }
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                    return 0;
                }
            }
            int p = Integer.parseInt(s);
            return p <= 65535 ? p : 0;
        }

        static boolean isIpv6Literal(String s) {
            int colons = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == ':') {
                    colons++;
                } else if (Character.digit(c, 16) < 0 && c != '.') {
                    return false;
                }
            }
            if (colons < 2 || colons > 7 || s.endsWith(":") && !s.endsWith("::")
                    || s.startsWith(":") && !s.startsWith("::")) {
                return false;
            }
            int doubles = s.split("::", -1).length - 1;
            return doubles == 1 || doubles == 0 && colons == 7;
        }
    }

    /** The HEP packet of {@code r}, sent by capture agent {@code captureId} with key {@code authKey} (or null). */
    public static HepPacket packet(TraceRecord r, long captureId, String authKey, HostResolver resolver) {
        HostPort local = HostPort.parse(r.local());
        HostPort remote = HostPort.parse(r.remote());
        boolean in = r.direction() == Direction.IN;
        HostPort src = in ? remote : local;
        HostPort dst = in ? local : remote;
        long ns = r.timeNs();
        long seconds = Math.floorDiv(ns, 1_000_000_000L);
        int micros = (int) (Math.floorMod(ns, 1_000_000_000L) / 1_000L);
        byte[] payload;
        String correlation = null;
        int type;
        if (r.protocol() == Protocol.DIAMETER) {
            DiameterJson.Payload p = DiameterJson.of(r);
            payload = p.json();
            correlation = p.correlationId();
            type = Hep3Encoder.PROTO_DIAMETER;
        } else {
            payload = r.message() == null ? new byte[0] : r.message().getBytes(StandardCharsets.UTF_8);
            type = Hep3Encoder.PROTO_SIP;
        }
        return new HepPacket(ipProtocol(r.transport()), resolve(resolver, src.host()), src.port(),
                resolve(resolver, dst.host()), dst.port(), Math.max(0, Math.min(seconds, 0xFFFF_FFFFL)),
                seconds < 0 ? 0 : micros, type, captureId, authKey, correlation, r.node(), payload);
    }

    private static boolean isIpv4Literal(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    /** IP protocol id of a trace transport: TCP (and TLS, WS, WSS over it) 6, SCTP 132, otherwise UDP 17. */
    static int ipProtocol(String transport) {
        if (transport == null) {
            return Hep3Encoder.IPPROTO_UDP;
        }
        switch (transport.toUpperCase(Locale.ROOT)) {
            case "TCP":
            case "TLS":
            case "WS":
            case "WSS":
                return Hep3Encoder.IPPROTO_TCP;
            case "SCTP":
            case "TLS-SCTP":
                return Hep3Encoder.IPPROTO_SCTP;
            default:
                return Hep3Encoder.IPPROTO_UDP;
        }
    }

    /** The address of {@code host}: IP literals read here (no lookup), names asked of {@code resolver}. */
    private static InetAddress resolve(HostResolver resolver, String host) {
        if (host.isEmpty()) {
            return null;
        }
        try {
            if (HostPort.isIpv6Literal(host) || isIpv4Literal(host)) {
                return InetAddress.getByName(host); // a literal: parsed, never looked up
            }
            return resolver.resolve(host);
        } catch (UnknownHostException e) {
            return null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
