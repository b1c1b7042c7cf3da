package org.imstb.common.diameter.codec;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.imstb.common.diameter.dict.AvpDef;
import org.imstb.common.diameter.dict.AvpType;
import org.jdiameter.api.Avp;
import org.jdiameter.api.AvpDataException;
import org.jdiameter.api.AvpSet;

/**
 * Reads AVPs from a jDiameter AVP set by their {@link AvpDef definitions}. {@code require...} methods throw
 * {@link MissingAvpException}; values that cannot be read throw {@link DiameterDecodeException}.
 */
public final class AvpReader {
    private final AvpSet set;

    public AvpReader(AvpSet set) {
        this.set = set;
    }

    private Avp find(AvpDef def) {
        return set.getAvp(def.code(), def.vendorId());
    }

    public boolean has(AvpDef def) {
        return find(def) != null;
    }

    /** UTF8String / DiameterIdentity / DiameterURI / OctetString as text; null if absent. */
    public String text(AvpDef def) throws DiameterDecodeException {
        Avp a = find(def);
        return a == null ? null : text(def, a);
    }

    public String requireText(AvpDef def) throws DiameterDecodeException {
        String v = text(def);
        if (v == null) {
            throw new MissingAvpException(def);
        }
        return v;
    }

    private static String text(AvpDef def, Avp a) throws DiameterDecodeException {
        try {
            if (def.type() == AvpType.OCTET_STRING) {
                return new String(a.getOctetString(), StandardCharsets.UTF_8);
            }
            return a.getUTF8String();
        } catch (AvpDataException e) {
            throw new DiameterDecodeException(def, "invalid value of " + def.name());
        }
    }

    /** Every occurrence of a text AVP. */
    public List<String> texts(AvpDef def) throws DiameterDecodeException {
        List<String> out = new ArrayList<>();
        for (Avp a : set.getAvps(def.code(), def.vendorId())) {
            out.add(text(def, a));
        }
        return out;
    }

    /** Unsigned32 / Enumerated / Integer32; null if absent. */
    public Long u32(AvpDef def) throws DiameterDecodeException {
        Avp a = find(def);
        if (a == null) {
            return null;
        }
        try {
            if (a.getRawData() == null || a.getRawData().length != 4) {
                throw new DiameterDecodeException(def, def.name() + " must be 4 octets");
            }
            if (def.type() == AvpType.ENUMERATED || def.type() == AvpType.INTEGER32) {
                return (long) a.getInteger32();
            }
            return a.getUnsigned32();
        } catch (AvpDataException e) {
            throw new DiameterDecodeException(def, "invalid value of " + def.name());
        }
    }

    public long requireU32(AvpDef def) throws DiameterDecodeException {
        Long v = u32(def);
        if (v == null) {
            throw new MissingAvpException(def);
        }
        return v;
    }

    /** All values of a repeated Unsigned32 AVP. */
    public List<Long> u32s(AvpDef def) throws DiameterDecodeException {
        List<Long> out = new ArrayList<>();
        for (Avp a : set.getAvps(def.code(), def.vendorId())) {
            try {
                out.add(a.getUnsigned32());
            } catch (AvpDataException e) {
                throw new DiameterDecodeException(def, "invalid value of " + def.name());
            }
        }
        return out;
    }

    public byte[] octets(AvpDef def) throws DiameterDecodeException {
        Avp a = find(def);
        if (a == null) {
            return null;
        }
        try {
            return a.getOctetString();
        } catch (AvpDataException e) {
            throw new DiameterDecodeException(def, "invalid value of " + def.name());
        }
    }

    /** Time value (4 octets of NTP seconds, RFC 2030 eras: 1968..2104); null if absent. */
    public Instant time(AvpDef def) throws DiameterDecodeException {
        Avp a = find(def);
        if (a == null) {
            return null;
        }
        byte[] raw = a.getRawData();
        if (raw == null || raw.length != 4) {
            throw new DiameterDecodeException(def, def.name() + " must be 4 octets");
        }
        return NtpTime.instant(raw);
    }

    /** A grouped AVP's members, or null if absent. */
    public AvpReader group(AvpDef def) throws DiameterDecodeException {
        Avp a = find(def);
        return a == null ? null : grouped(def, a);
    }

    public AvpReader requireGroup(AvpDef def) throws DiameterDecodeException {
        AvpReader g = group(def);
        if (g == null) {
            throw new MissingAvpException(def);
        }
        return g;
    }

    /** Every occurrence of a grouped AVP. */
    public List<AvpReader> groups(AvpDef def) throws DiameterDecodeException {
        List<AvpReader> out = new ArrayList<>();
        for (Avp a : set.getAvps(def.code(), def.vendorId())) {
            out.add(grouped(def, a));
        }
        return out;
    }

    private static AvpReader grouped(AvpDef def, Avp a) throws DiameterDecodeException {
        try {
            return new AvpReader(a.getGrouped());
        } catch (AvpDataException e) {
            throw new DiameterDecodeException(def, "invalid grouped value of " + def.name());
        }
    }
}
