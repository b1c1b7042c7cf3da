package org.imstb.dnsdhcp.dhcp.codec;

import java.util.Arrays;

/** One option: a code and its data (RFC 8415 §21.1), compared by content. */
public final class Dhcp6Option {
    private final int code;
    private final byte[] data;

    public Dhcp6Option(int code, byte[] data) {
        if (code < 0 || code > 0xFFFF) {
            throw new IllegalArgumentException("option code out of range: " + code);
        }
        if (data.length > 0xFFFF) {
            throw new IllegalArgumentException("option " + code + " longer than 65535 octets");
        }
        this.code = code;
        this.data = data.clone();
    }

    public int code() {
        return code;
    }

    /** A copy of the data. */
    public byte[] data() {
        return data.clone();
    }

    int length() {
        return data.length;
    }

    byte[] raw() {
        return data;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dhcp6Option other && other.code == code && Arrays.equals(other.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * code + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("option ").append(code).append(" [");
        for (byte b : data) {
            sb.append(String.format("%02x", b & 0xFF));
        }
        return sb.append(']').toString();
    }
}
