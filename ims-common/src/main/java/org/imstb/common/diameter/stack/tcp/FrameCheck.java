package org.imstb.common.diameter.stack.tcp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.imstb.common.diameter.dict.AvpDef;
import org.imstb.common.diameter.dict.AvpType;
import org.imstb.common.diameter.dict.Avps;
import org.imstb.common.diameter.dict.DiameterResult;

/**
 * Checks the lengths in one Diameter message read off a TCP stream (RFC 6733 §3, §4.1): the Message Length of the
 * header and the AVP Length of every AVP, also inside the grouped AVPs our dictionary knows. jDiameter's parser
 * does not: it drops a message whose AVP lengths do not add up without answering, and it loops for ever on an AVP
 * whose padding is missing at the end of a message or group. Pure: no I/O.
 */
public final class FrameCheck {
    /** Size of the Diameter header. */
    public static final int HEADER = 20;
    /** Largest message accepted (the 24-bit Message Length allows 16 MB; no Cx or Sh message comes near 1 MB). */
    public static final int MAX_MESSAGE = 1 << 20;

    private static final int SESSION_ID = 263;

    private FrameCheck() {
    }

    /** The fixed header of a message (RFC 6733 §3). */
    public record Header(int flags, int commandCode, long applicationId, long hopByHop, long endToEnd) {
        public boolean request() {
            return (flags & 0x80) != 0;
        }

        public boolean proxiable() {
            return (flags & 0x40) != 0;
        }

        /** Reads the header from the first 20 octets of {@code m}. */
        public static Header of(byte[] m) {
            return new Header(m[4] & 0xFF, (int) u24(m, 5), u32(m, 8), u32(m, 12), u32(m, 16));
        }
    }

    /** One AVP header as received: an element of the path to the AVP at fault. */
    public record AvpHeader(int code, int flags, long vendorId) {
        public boolean mandatory() {
            return (flags & 0x40) != 0;
        }

        /** Our dictionary's definition, with the M bit as received; an OctetString definition if we do not know it. */
        public AvpDef def() {
            AvpDef d = Avps.byCode(code, vendorId);
            return d == null ? new AvpDef("AVP " + code, code, vendorId, AvpType.OCTET_STRING, mandatory())
                    : new AvpDef(d.name(), code, vendorId, d.type(), mandatory());
        }
    }

    /**
     * A length error. {@code result} is 5015 DIAMETER_INVALID_MESSAGE_LENGTH for the header's length, 5014
     * DIAMETER_INVALID_AVP_LENGTH for an AVP; then {@code failedAvp} is the path to it (outermost grouped AVP first,
     * the AVP at fault last), to be returned in Failed-AVP (RFC 6733 §7.5). {@code sessionId} is the Session-Id if
     * it could be read before the fault, else null.
     */
    public record Problem(Header header, DiameterResult result, List<AvpHeader> failedAvp, String sessionId,
            String detail) {
    }

    /**
     * Checks the first word of a message (version and Message Length); null if the stream can be framed by it,
     * otherwise why not. A message that cannot be framed leaves no way to find the next one: the connection must
     * be closed.
     */
    public static String unframeable(int firstWord) {
        int version = firstWord >>> 24;
        int length = firstWord & 0xFFFFFF;
        if (version != 1) {
            return "version " + version + " (not 1)";
        }
        if (length < HEADER) {
            return "Message Length " + length + " below the header size";
        }
        if (length > MAX_MESSAGE) {
            return "Message Length " + length + " above the " + MAX_MESSAGE + " octets accepted";
        }
        return null;
    }

    /** Checks a whole message (header included, framed by its Message Length); null if its lengths are consistent. */
    public static Problem check(byte[] m) {
        Header h = Header.of(m);
        if (m.length % 4 != 0) {
            return new Problem(h, DiameterResult.INVALID_MESSAGE_LENGTH, List.of(), null,
                    "Message Length " + m.length + " is not a multiple of 4");
        }
        Walk w = new Walk(m, h);
        return w.avps(HEADER, m.length, new ArrayList<>());
    }

    private static final class Walk {
        private final byte[] m;
        private final Header header;
        private String sessionId;

        Walk(byte[] m, Header header) {
            this.m = m;
            this.header = header;
        }

        /** The AVPs in [start, end) must fill it exactly, each padded to 4 octets. */
        Problem avps(int start, int end, List<AvpHeader> path) {
            int off = start;
            while (off < end) {
                int left = end - off;
                if (left < 8) {
                    return fault(path, partialHeader(off, left), "an AVP header needs 8 octets, " + left + " left");
                }
                int code = (int) u32(m, off);
                int flags = m[off + 4] & 0xFF;
                int length = (int) u24(m, off + 5);
                boolean vendorBit = (flags & 0x80) != 0;
                int headerSize = vendorBit ? 12 : 8;
                long vendor = vendorBit && left >= 12 ? u32(m, off + 8) : 0;
                AvpHeader avp = new AvpHeader(code, flags, vendor);
                if (vendorBit && left < 12) {
                    return fault(path, avp, "an AVP header with the V bit needs 12 octets, " + left + " left");
                }
                if (length < headerSize) {
                    return fault(path, avp, "AVP Length " + length + " is below its header size " + headerSize);
                }
                if (length > left) {
                    return fault(path, avp, "AVP Length " + length + " exceeds the " + left + " octets left");
                }
                int padded = (length + 3) & ~3;
                if (padded > left) {
                    return fault(path, avp, "AVP Length " + length + " leaves no room for its padding");
                }
                if (path.isEmpty() && code == SESSION_ID && vendor == 0 && sessionId == null) {
                    sessionId = new String(m, off + headerSize, length - headerSize, StandardCharsets.UTF_8);
                }
                AvpDef def = Avps.byCode(code, vendor);
                if (def != null && def.type() == AvpType.GROUPED) {
                    path.add(avp);
                    Problem inner = avps(off + headerSize, off + length, path);
                    if (inner != null) {
                        return inner;
                    }
                    path.remove(path.size() - 1);
                }
                off += padded;
            }
            return null;
        }

        /** An incomplete AVP header, padded with zeros to the minimum header (RFC 6733 §7.1.5, 5014). */
        private AvpHeader partialHeader(int off, int left) {
            byte[] h = new byte[8];
            System.arraycopy(m, off, h, 0, left);
            return new AvpHeader((int) u32(h, 0), h[4] & 0x7F, 0);
        }

        private Problem fault(List<AvpHeader> path, AvpHeader avp, String why) {
            List<AvpHeader> failed = new ArrayList<>(path);
            failed.add(avp);
            String where = avp.def().name() + (path.isEmpty() ? "" : " inside " + path.get(path.size() - 1).def()
                    .name());
            return new Problem(header, DiameterResult.INVALID_AVP_LENGTH, List.copyOf(failed), sessionId,
                    where + ": " + why);
        }
    }

    static long u32(byte[] b, int off) {
        return ((b[off] & 0xFFL) << 24) | ((b[off + 1] & 0xFFL) << 16) | ((b[off + 2] & 0xFFL) << 8)
                | (b[off + 3] & 0xFFL);
    }

    static long u24(byte[] b, int off) {
        return ((b[off] & 0xFFL) << 16) | ((b[off + 1] & 0xFFL) << 8) | (b[off + 2] & 0xFFL);
    }
}
