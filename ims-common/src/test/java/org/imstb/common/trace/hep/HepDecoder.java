package org.imstb.common.trace.hep;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A strict HEP v3 reader for tests: checks the id, the total length and every chunk's length, like heplify-server. */
final class HepDecoder {
    /** One generic chunk, in order of appearance. */
    record Chunk(int vendor, int type, byte[] value) {
    }

    /** A decoded packet: its chunks by type (generic vendor only) and in order. */
    record Packet(List<Chunk> chunks, Map<Integer, byte[]> byType) {
        int u8(int type) {
            return value(type, 1)[0] & 0xff;
        }

        int u16(int type) {
            return ByteBuffer.wrap(value(type, 2)).getShort() & 0xffff;
        }

        long u32(int type) {
            return ByteBuffer.wrap(value(type, 4)).getInt() & 0xffff_ffffL;
        }

        InetAddress address(int type) {
            try {
                return InetAddress.getByAddress(byType.get(type));
            } catch (UnknownHostException e) {
                throw new AssertionError(e);
            }
        }

        String text(int type) {
            byte[] v = byType.get(type);
            return v == null ? null : new String(v, StandardCharsets.UTF_8);
        }

        List<Integer> types() {
            return chunks.stream().map(Chunk::type).toList();
        }

        private byte[] value(int type, int length) {
            byte[] v = byType.get(type);
            if (v == null || v.length != length) {
                throw new AssertionError("chunk " + type + " should have " + length + " bytes: "
                        + (v == null ? "missing" : v.length));
            }
            return v;
        }
    }

    private HepDecoder() {
    }

    static Packet decode(byte[] p) {
        if (p.length < 6 || !new String(p, 0, 4, StandardCharsets.US_ASCII).equals("HEP3")) {
            throw new AssertionError("not HEP3: " + Arrays.toString(Arrays.copyOf(p, Math.min(6, p.length))));
        }
        ByteBuffer b = ByteBuffer.wrap(p);
        b.position(4);
        int total = b.getShort() & 0xffff;
        if (total != p.length) {
            throw new AssertionError("total length " + total + " but the packet has " + p.length + " bytes");
        }
        List<Chunk> chunks = new ArrayList<>();
        Map<Integer, byte[]> byType = new LinkedHashMap<>();
        while (b.hasRemaining()) {
            if (b.remaining() < 6) {
                throw new AssertionError("truncated chunk header at " + b.position());
            }
            int vendor = b.getShort() & 0xffff;
            int type = b.getShort() & 0xffff;
            int length = b.getShort() & 0xffff;
            if (length < 6 || length - 6 > b.remaining()) {
                throw new AssertionError("bad length " + length + " of chunk " + type + " at " + (b.position() - 6));
            }
            byte[] value = new byte[length - 6];
            b.get(value);
            chunks.add(new Chunk(vendor, type, value));
            if (vendor == 0 && byType.put(type, value) != null) {
                throw new AssertionError("chunk " + type + " twice");
            }
        }
        return new Packet(chunks, byType);
    }
}
