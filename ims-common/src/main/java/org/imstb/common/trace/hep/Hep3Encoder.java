package org.imstb.common.trace.hep;

import java.io.ByteArrayOutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;

/**
 * Writes HEP v3 packets (the HEP3/EEP network protocol of the sipcapture project, which Homer collects): the id
 * {@code HEP3}, the total length (16 bits, the whole packet), then chunks of vendor id (16 bits), type (16 bits),
 * length (16 bits, header included) and value, all big-endian. Only generic chunks (vendor 0x0000) are written:
 *
 * <pre>
 * 0x0001 IP family (2 IPv4, 10 IPv6)      0x0009 timestamp, seconds         0x000e authentication key
 * 0x0002 IP protocol (17 UDP, 6 TCP, ...)  0x000a timestamp, microseconds    0x000f payload
 * 0x0003/0x0004 IPv4 source/destination    0x000b protocol type (1 SIP ...)  0x0011 correlation id
 * 0x0005/0x0006 IPv6 source/destination    0x000c capture agent id (32 bits) 0x0013 node name
 * 0x0007/0x0008 source/destination port
 * </pre>
 *
 * A codec: no I/O. A payload that would make the packet larger than one UDP datagram ({@link #MAX_PACKET}) is cut.
 */
public final class Hep3Encoder {
    /** Protocol type of SIP. */
    public static final int PROTO_SIP = 0x01;
    /**
     * Protocol type of Diameter: 0x38 (56), as sent by sipcapture's captagent ({@code protocol_diameter},
     * {@code PROTO_DIAMETER 0x38}) and heplify ({@code proto_type=56}), both with a JSON rendering of the message.
     */
    public static final int PROTO_DIAMETER = 0x38;

    public static final int FAMILY_IPV4 = 2;
    public static final int FAMILY_IPV6 = 10;
    public static final int IPPROTO_TCP = 6;
    public static final int IPPROTO_UDP = 17;
    public static final int IPPROTO_SCTP = 132;

    public static final int CHUNK_IP_FAMILY = 0x0001;
    public static final int CHUNK_IP_PROTOCOL = 0x0002;
    public static final int CHUNK_IPV4_SRC = 0x0003;
    public static final int CHUNK_IPV4_DST = 0x0004;
    public static final int CHUNK_IPV6_SRC = 0x0005;
    public static final int CHUNK_IPV6_DST = 0x0006;
    public static final int CHUNK_SRC_PORT = 0x0007;
    public static final int CHUNK_DST_PORT = 0x0008;
    public static final int CHUNK_TIME_SEC = 0x0009;
    public static final int CHUNK_TIME_USEC = 0x000a;
    public static final int CHUNK_PROTO_TYPE = 0x000b;
    public static final int CHUNK_CAPTURE_ID = 0x000c;
    public static final int CHUNK_AUTH_KEY = 0x000e;
    public static final int CHUNK_PAYLOAD = 0x000f;
    public static final int CHUNK_CORRELATION_ID = 0x0011;
    public static final int CHUNK_NODE_NAME = 0x0013;

    /** The largest packet written: the largest UDP payload over IPv4. */
    public static final int MAX_PACKET = 65_507;
    /** The longest text chunk (authentication key, correlation id, node name) written, in bytes. */
    static final int MAX_TEXT_CHUNK = 1024;

    private static final byte[] ID = {'H', 'E', 'P', '3'};
    private static final int CHUNK_HEADER = 6;

    private Hep3Encoder() {
    }

    /** The packet's bytes. Never fails: out-of-range numbers are cut to their field's width. */
    public static byte[] encode(HepPacket p) {
        InetAddress src = p.source();
        InetAddress dst = p.destination();
        boolean v4 = (src == null || src instanceof Inet4Address) && (dst == null || dst instanceof Inet4Address)
                && (src != null || dst != null);
        byte[] srcBytes = v4 ? v4(src) : v6(src);
        byte[] dstBytes = v4 ? v4(dst) : v6(dst);

        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + (p.payload() == null ? 0 : p.payload().length));
        out.writeBytes(ID);
        u16(out, 0); // total length, set below
        chunk8(out, CHUNK_IP_FAMILY, v4 ? FAMILY_IPV4 : FAMILY_IPV6);
        chunk8(out, CHUNK_IP_PROTOCOL, p.ipProtocol());
        chunk(out, v4 ? CHUNK_IPV4_SRC : CHUNK_IPV6_SRC, srcBytes);
        chunk(out, v4 ? CHUNK_IPV4_DST : CHUNK_IPV6_DST, dstBytes);
        chunk16(out, CHUNK_SRC_PORT, p.sourcePort());
        chunk16(out, CHUNK_DST_PORT, p.destPort());
        chunk32(out, CHUNK_TIME_SEC, p.seconds());
        chunk32(out, CHUNK_TIME_USEC, p.micros());
        chunk8(out, CHUNK_PROTO_TYPE, p.protocolType());
        chunk32(out, CHUNK_CAPTURE_ID, p.captureId());
        text(out, CHUNK_AUTH_KEY, p.authKey());
        text(out, CHUNK_CORRELATION_ID, p.correlationId());
        text(out, CHUNK_NODE_NAME, p.nodeName());
        byte[] payload = p.payload() == null ? new byte[0] : p.payload();
        int room = MAX_PACKET - out.size() - CHUNK_HEADER;
        chunk(out, CHUNK_PAYLOAD, payload, fit(payload, room));
        byte[] packet = out.toByteArray();
        packet[4] = (byte) (packet.length >>> 8);
        packet[5] = (byte) packet.length;
        return packet;
    }

    /** How many of {@code bytes} fit in {@code room}, not cutting a UTF-8 sequence when cutting at all. */
    static int fit(byte[] bytes, int room) {
        if (bytes.length <= room) {
            return bytes.length;
        }
        int n = Math.max(room, 0);
        while (n > 0 && (bytes[n] & 0xC0) == 0x80) {
            n--;
        }
        return n;
    }

    private static byte[] v4(InetAddress a) {
        return a == null ? new byte[4] : a.getAddress();
    }

    private static byte[] v6(InetAddress a) {
        if (a == null) {
            return new byte[16];
        }
        byte[] raw = a.getAddress();
        if (raw.length == 16) {
            return raw;
        }
        byte[] mapped = new byte[16]; // ::ffff:a.b.c.d
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(raw, 0, mapped, 12, 4);
        return mapped;
    }

    private static void text(ByteArrayOutputStream out, int type, String value) {
        if (value != null && !value.isEmpty()) {
            byte[] b = value.getBytes(StandardCharsets.UTF_8);
            chunk(out, type, b, fit(b, MAX_TEXT_CHUNK));
        }
    }

    private static void chunk8(ByteArrayOutputStream out, int type, int value) {
        header(out, type, 1);
        out.write(value);
    }

    private static void chunk16(ByteArrayOutputStream out, int type, int value) {
        header(out, type, 2);
        u16(out, value);
    }

    private static void chunk32(ByteArrayOutputStream out, int type, long value) {
        header(out, type, 4);
        u16(out, (int) (value >>> 16));
        u16(out, (int) value);
    }

    private static void chunk(ByteArrayOutputStream out, int type, byte[] value) {
        chunk(out, type, value, value.length);
    }

    private static void chunk(ByteArrayOutputStream out, int type, byte[] value, int length) {
        header(out, type, length);
        out.write(value, 0, length);
    }

    private static void header(ByteArrayOutputStream out, int type, int valueLength) {
        u16(out, 0x0000); // generic chunk, no vendor
        u16(out, type);
        u16(out, CHUNK_HEADER + valueLength);
    }

    private static void u16(ByteArrayOutputStream out, int v) {
        out.write(v >>> 8);
        out.write(v);
    }
}
