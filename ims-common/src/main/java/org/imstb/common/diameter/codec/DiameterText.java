package org.imstb.common.diameter.codec;

import java.nio.charset.StandardCharsets;
import org.imstb.common.diameter.dict.AvpDef;
import org.imstb.common.diameter.dict.AvpType;
import org.imstb.common.diameter.dict.Avps;
import org.imstb.common.diameter.dict.Command;
import org.imstb.common.diameter.dict.DiameterResult;
import org.imstb.common.diameter.dict.Vendors;
import org.jdiameter.api.Avp;
import org.jdiameter.api.AvpDataException;
import org.jdiameter.api.AvpSet;
import org.jdiameter.api.Message;

/**
 * Renders Diameter messages for people: a one-line summary ({@code UAA DIAMETER_FIRST_REGISTRATION [2001/3GPP]})
 * and a full listing of the header and every AVP, named from the dictionary, for traces and logs.
 */
public final class DiameterText {
    private DiameterText() {
    }

    /** Short name of the message's command, e.g. UAR / UAA, or {@code cmd-999-R} for unknown ones. */
    public static String commandName(Message m) {
        String n = Command.shortName(m.getCommandCode(), m.isRequest());
        return n != null ? n : "cmd-" + m.getCommandCode() + (m.isRequest() ? "-R" : "-A");
    }

    /** One line: the command and, for answers, the result. */
    public static String summary(Message m) {
        StringBuilder sb = new StringBuilder(commandName(m));
        if (!m.isRequest()) {
            DiameterResult r = result(m);
            if (r != null) {
                sb.append(' ').append(r);
            }
        } else {
            Avp pi = m.getAvps().getAvp(Avps.PUBLIC_IDENTITY.code(), Vendors.TGPP);
            Avp un = m.getAvps().getAvp(Avps.USER_NAME.code());
            try {
                if (pi != null) {
                    sb.append(' ').append(pi.getUTF8String());
                } else if (un != null) {
                    sb.append(' ').append(un.getUTF8String());
                }
            } catch (AvpDataException e) {
                sb.append(" <undecodable identity>");
            }
        }
        return sb.toString();
    }

    /** The Result-Code or Experimental-Result of an answer, or null if it has neither. */
    public static DiameterResult result(Message m) {
        try {
            Avp rc = m.getAvps().getAvp(Avps.RESULT_CODE.code());
            if (rc != null) {
                return DiameterResult.of(rc.getUnsigned32(), 0);
            }
            Avp er = m.getAvps().getAvp(Avps.EXPERIMENTAL_RESULT.code());
            if (er != null) {
                AvpSet g = er.getGrouped();
                Avp code = g.getAvp(Avps.EXPERIMENTAL_RESULT_CODE.code());
                Avp vendor = g.getAvp(Avps.VENDOR_ID.code());
                if (code != null) {
                    return DiameterResult.of(code.getUnsigned32(), vendor == null ? 0 : vendor.getUnsigned32());
                }
            }
        } catch (AvpDataException e) {
            return null;
        }
        return null;
    }

    /** Full listing: header line then one AVP per line, grouped AVPs indented. */
    public static String render(Message m) {
        StringBuilder sb = new StringBuilder(512);
        sb.append(commandName(m)).append(" (").append(m.getCommandCode()).append(") flags=")
                .append(m.isRequest() ? 'R' : '-').append(m.isProxiable() ? 'P' : '-')
                .append(m.isError() ? 'E' : '-').append(m.isReTransmitted() ? 'T' : '-')
                .append(" app=").append(m.getApplicationId())
                .append(" hbh=").append(Long.toHexString(m.getHopByHopIdentifier()))
                .append(" e2e=").append(Long.toHexString(m.getEndToEndIdentifier())).append('\n');
        avps(sb, m.getAvps(), 1);
        return sb.toString();
    }

    private static void avps(StringBuilder sb, AvpSet set, int depth) {
        for (Avp a : set) {
            AvpDef def = Avps.byCode(a.getCode(), a.getVendorId());
            sb.append("  ".repeat(depth));
            sb.append(def == null ? "AVP " + a.getCode() + (a.getVendorId() == 0 ? "" : "/" + a.getVendorId())
                    : def.name());
            if (def != null && def.type() == AvpType.GROUPED) {
                sb.append(":\n");
                try {
                    avps(sb, a.getGrouped(), depth + 1);
                } catch (AvpDataException e) {
                    sb.append("  ".repeat(depth + 1)).append("<undecodable group>\n");
                }
            } else {
                sb.append(" = ").append(value(def, a)).append('\n');
            }
        }
    }

    private static String value(AvpDef def, Avp a) {
        byte[] raw = a.getRawData();
        if (def == null) {
            return hex(raw);
        }
        try {
            switch (def.type()) {
                case UNSIGNED32:
                    return Long.toString(a.getUnsigned32());
                case ENUMERATED:
                case INTEGER32:
                    return Integer.toString(a.getInteger32());
                case UNSIGNED64:
                case INTEGER64:
                    return Long.toString(a.getUnsigned64());
                case OCTET_STRING:
                    return printable(raw) ? new String(raw, StandardCharsets.UTF_8) : "0x" + hex(raw);
                case TIME:
                    return raw.length == 4 ? NtpTime.instant(raw).toString() : "<invalid> 0x" + hex(raw);
                default:
                    return new String(raw, StandardCharsets.UTF_8);
            }
        } catch (AvpDataException e) {
            return "<invalid> 0x" + hex(raw);
        }
    }

    private static boolean printable(byte[] b) {
        for (byte x : b) {
            if ((x < 0x20 && x != '\n' && x != '\r' && x != '\t') || x == 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length * 2);
        for (byte x : b) {
            sb.append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
        }
        return sb.toString();
    }
}
