package org.imstb.dnsdhcp.dhcp.codec;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** DHCPv6 messages and option lists to bytes and back (RFC 8415 §8, §21.1). */
public final class Dhcp6Codec {
    private Dhcp6Codec() {
    }

    /**
     * Decodes a client/server message. Relay messages (RELAY-FORW, RELAY-REPL) have another header and are not
     * supported: they are rejected too.
     */
    public static Dhcp6Message decode(byte[] data, int offset, int length) throws Dhcp6DecodeException {
        if (length < 4) {
            throw new Dhcp6DecodeException("message shorter than its 4-octet header (" + length + " octets)");
        }
        int type = data[offset] & 0xFF;
        if (type == MessageType.RELAY_FORW || type == MessageType.RELAY_REPL) {
            throw new Dhcp6DecodeException("relay messages are not supported");
        }
        if (type == 0) {
            throw new Dhcp6DecodeException("message type 0");
        }
        int xid = ((data[offset + 1] & 0xFF) << 16) | ((data[offset + 2] & 0xFF) << 8) | (data[offset + 3] & 0xFF);
        return new Dhcp6Message(type, xid, decodeOptions(data, offset + 4, length - 4));
    }

    public static Dhcp6Message decode(byte[] data) throws Dhcp6DecodeException {
        return decode(data, 0, data.length);
    }

    /** Decodes a sequence of options filling exactly {@code length} octets. */
    public static List<Dhcp6Option> decodeOptions(byte[] data, int offset, int length) throws Dhcp6DecodeException {
        List<Dhcp6Option> out = new ArrayList<>();
        int p = offset;
        int end = offset + length;
        while (p < end) {
            if (end - p < 4) {
                throw new Dhcp6DecodeException("truncated option header at octet " + (p - offset));
            }
            int code = ((data[p] & 0xFF) << 8) | (data[p + 1] & 0xFF);
            int len = ((data[p + 2] & 0xFF) << 8) | (data[p + 3] & 0xFF);
            p += 4;
            if (len > end - p) {
                throw new Dhcp6DecodeException("option " + code + " claims " + len + " octets, " + (end - p)
                        + " left");
            }
            byte[] value = new byte[len];
            System.arraycopy(data, p, value, 0, len);
            out.add(new Dhcp6Option(code, value));
            p += len;
        }
        return out;
    }

    public static byte[] encode(Dhcp6Message m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        out.write(m.type());
        out.write(m.transactionId() >> 16);
        out.write(m.transactionId() >> 8);
        out.write(m.transactionId());
        byte[] opts = encodeOptions(m.options());
        out.write(opts, 0, opts.length);
        return out.toByteArray();
    }

    public static byte[] encodeOptions(List<Dhcp6Option> options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        for (Dhcp6Option o : options) {
            out.write(o.code() >> 8);
            out.write(o.code());
            out.write(o.length() >> 8);
            out.write(o.length());
            out.write(o.raw(), 0, o.length());
        }
        return out.toByteArray();
    }
}
