package org.imstb.dnsdhcp.dhcp.codec;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Typed builders and parsers for the options the testbed uses. */
public final class Options {
    private Options() {
    }

    /** Client Identifier (1) carrying a DUID. */
    public static Dhcp6Option clientId(byte[] duid) {
        return new Dhcp6Option(OptionCode.CLIENTID, duid);
    }

    /** Server Identifier (2) carrying a DUID. */
    public static Dhcp6Option serverId(byte[] duid) {
        return new Dhcp6Option(OptionCode.SERVERID, duid);
    }

    /** Option Request (6): the codes asked for. */
    public static Dhcp6Option oro(int... codes) {
        byte[] d = new byte[codes.length * 2];
        for (int i = 0; i < codes.length; i++) {
            d[2 * i] = (byte) (codes[i] >> 8);
            d[2 * i + 1] = (byte) codes[i];
        }
        return new Dhcp6Option(OptionCode.ORO, d);
    }

    public static List<Integer> oro(Dhcp6Option o) throws Dhcp6DecodeException {
        byte[] d = o.raw();
        if (d.length % 2 != 0) {
            throw new Dhcp6DecodeException("ORO length " + d.length + " is odd");
        }
        List<Integer> codes = new ArrayList<>();
        for (int i = 0; i < d.length; i += 2) {
            codes.add(((d[i] & 0xFF) << 8) | (d[i + 1] & 0xFF));
        }
        return codes;
    }

    /** Preference (7), 0..255. */
    public static Dhcp6Option preference(int value) {
        return new Dhcp6Option(OptionCode.PREFERENCE, new byte[] {(byte) value});
    }

    /** Elapsed Time (8) in hundredths of a second, capped at 0xFFFF. */
    public static Dhcp6Option elapsedTime(long centiseconds) {
        int v = (int) Math.min(centiseconds, 0xFFFF);
        return new Dhcp6Option(OptionCode.ELAPSED_TIME, new byte[] {(byte) (v >> 8), (byte) v});
    }

    /** Rapid Commit (14), empty. */
    public static Dhcp6Option rapidCommit() {
        return new Dhcp6Option(OptionCode.RAPID_COMMIT, new byte[0]);
    }

    /** Status Code (13). */
    public static Dhcp6Option statusCode(int code, String message) {
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        byte[] d = new byte[2 + text.length];
        d[0] = (byte) (code >> 8);
        d[1] = (byte) code;
        System.arraycopy(text, 0, d, 2, text.length);
        return new Dhcp6Option(OptionCode.STATUS_CODE, d);
    }

    public static StatusCode statusCode(Dhcp6Option o) throws Dhcp6DecodeException {
        byte[] d = o.raw();
        if (d.length < 2) {
            throw new Dhcp6DecodeException("Status Code option shorter than 2 octets");
        }
        return new StatusCode(((d[0] & 0xFF) << 8) | (d[1] & 0xFF),
                new String(d, 2, d.length - 2, StandardCharsets.UTF_8));
    }

    /** A list of domain names under {@code code} (21 SIP servers, 24 search list). */
    public static Dhcp6Option domainNames(int code, List<String> names) {
        return new Dhcp6Option(code, DomainNames.encode(names));
    }

    public static List<String> domainNames(Dhcp6Option o) throws Dhcp6DecodeException {
        return DomainNames.decode(o.raw());
    }

    /** A list of IPv6 addresses under {@code code} (22 SIP servers, 23 DNS servers). */
    public static Dhcp6Option addresses(int code, List<Inet6Address> addresses) {
        byte[] d = new byte[16 * addresses.size()];
        for (int i = 0; i < addresses.size(); i++) {
            System.arraycopy(addresses.get(i).getAddress(), 0, d, 16 * i, 16);
        }
        return new Dhcp6Option(code, d);
    }

    public static List<Inet6Address> addresses(Dhcp6Option o) throws Dhcp6DecodeException {
        byte[] d = o.raw();
        if (d.length % 16 != 0) {
            throw new Dhcp6DecodeException("option " + o.code() + ": length " + d.length
                    + " is not a multiple of 16");
        }
        List<Inet6Address> out = new ArrayList<>();
        for (int i = 0; i < d.length; i += 16) {
            out.add(address(d, i));
        }
        return out;
    }

    static Inet6Address address(byte[] d, int offset) {
        byte[] a = new byte[16];
        System.arraycopy(d, offset, a, 0, 16);
        try {
            return Inet6Address.getByAddress(null, a, -1);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("16 octets are always an IPv6 address", e);
        }
    }

    /** An IPv6 literal as an address (no name lookup; for configuration and tests). */
    public static Inet6Address ipv6(String literal) {
        try {
            InetAddress a = InetAddress.getByName(literal);
            if (a instanceof Inet6Address v6) {
                return v6;
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IPv6 address: " + literal, e);
        }
        throw new IllegalArgumentException("not an IPv6 address: " + literal);
    }

    static void putInt(byte[] d, int offset, long v) {
        d[offset] = (byte) (v >> 24);
        d[offset + 1] = (byte) (v >> 16);
        d[offset + 2] = (byte) (v >> 8);
        d[offset + 3] = (byte) v;
    }

    static long getInt(byte[] d, int offset) {
        return ((long) (d[offset] & 0xFF) << 24) | ((d[offset + 1] & 0xFF) << 16) | ((d[offset + 2] & 0xFF) << 8)
                | (d[offset + 3] & 0xFF);
    }
}
