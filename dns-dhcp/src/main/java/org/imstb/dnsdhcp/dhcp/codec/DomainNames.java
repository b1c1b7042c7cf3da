package org.imstb.dnsdhcp.dhcp.codec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists of domain names in DHCPv6 options (RFC 8415 §10): each name as RFC 1035 §3.1 labels ending with the root
 * label, uncompressed, names back to back. Names are written without a trailing dot.
 */
public final class DomainNames {
    private DomainNames() {
    }

    public static byte[] encode(List<String> names) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String name : names) {
            String n = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
            int total = 1;
            if (!n.isEmpty()) {
                for (String label : n.split("\\.", -1)) {
                    byte[] b = label.getBytes(StandardCharsets.US_ASCII);
                    if (b.length == 0 || b.length > 63) {
                        throw new IllegalArgumentException("bad label '" + label + "' in domain name " + name);
                    }
                    out.write(b.length);
                    out.write(b, 0, b.length);
                    total += b.length + 1;
                }
            }
            if (total > 255) {
                throw new IllegalArgumentException("domain name longer than 255 octets: " + name);
            }
            out.write(0);
        }
        return out.toByteArray();
    }

    public static List<String> decode(byte[] data) throws Dhcp6DecodeException {
        List<String> names = new ArrayList<>();
        int p = 0;
        while (p < data.length) {
            StringBuilder name = new StringBuilder();
            int start = p;
            while (true) {
                if (p >= data.length) {
                    throw new Dhcp6DecodeException("domain name not terminated by the root label");
                }
                int len = data[p++] & 0xFF;
                if (len == 0) {
                    break;
                }
                if (len > 63) {
                    throw new Dhcp6DecodeException("label length " + len + " (compression is not allowed)");
                }
                if (p + len > data.length) {
                    throw new Dhcp6DecodeException("label runs past the option");
                }
                if (name.length() > 0) {
                    name.append('.');
                }
                name.append(new String(data, p, len, StandardCharsets.US_ASCII));
                p += len;
            }
            if (p - start > 255) {
                throw new Dhcp6DecodeException("domain name longer than 255 octets");
            }
            names.add(name.toString());
        }
        return names;
    }
}
