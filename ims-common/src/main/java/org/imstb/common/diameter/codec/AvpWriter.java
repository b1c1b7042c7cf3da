package org.imstb.common.diameter.codec;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Consumer;
import org.imstb.common.diameter.dict.AvpDef;
import org.imstb.common.diameter.dict.AvpType;
import org.jdiameter.api.AvpSet;

/**
 * Adds AVPs to a jDiameter AVP set from their {@link AvpDef definitions}: code, vendor and M bit always come from
 * the dictionary, so codecs never spell them out. Null values are skipped (optional AVPs).
 */
public final class AvpWriter {
    private final AvpSet set;

    public AvpWriter(AvpSet set) {
        this.set = set;
    }

    /** UTF8String, DiameterIdentity or DiameterURI value. */
    public AvpWriter text(AvpDef def, String value) {
        if (value != null) {
            if (def.type() == AvpType.OCTET_STRING) {
                return octets(def, value.getBytes(StandardCharsets.UTF_8));
            }
            boolean octet = def.type() == AvpType.DIAMETER_IDENTITY || def.type() == AvpType.DIAMETER_URI;
            set.addAvp(def.code(), value, def.vendorId(), def.mandatory(), false, octet);
        }
        return this;
    }

    /** Unsigned32 or Enumerated (enumerated values are Integer32 on the wire). */
    public AvpWriter u32(AvpDef def, Long value) {
        if (value != null) {
            if (def.type() == AvpType.ENUMERATED || def.type() == AvpType.INTEGER32) {
                set.addAvp(def.code(), value.intValue(), def.vendorId(), def.mandatory(), false);
            } else {
                set.addAvp(def.code(), value.longValue(), def.vendorId(), def.mandatory(), false, true);
            }
        }
        return this;
    }

    public AvpWriter u32(AvpDef def, int value) {
        return u32(def, Long.valueOf(value));
    }

    /** Enumerated value. */
    public AvpWriter enumerated(AvpDef def, Integer value) {
        return value == null ? this : u32(def, Long.valueOf(value));
    }

    public AvpWriter octets(AvpDef def, byte[] value) {
        if (value != null) {
            set.addAvp(def.code(), value, def.vendorId(), def.mandatory(), false);
        }
        return this;
    }

    /**
     * Time value (RFC 6733 §4.3.1): NTP seconds in 4 octets, from 1968 to 2104 (RFC 2030 §3: after the 2036 wrap the
     * high bit is 0); sub-second parts are dropped. Encoded here because jDiameter's Date encoding ignores the wrap.
     */
    public AvpWriter time(AvpDef def, Instant value) {
        if (value != null) {
            long ntp = value.getEpochSecond() + NtpTime.EPOCH_OFFSET;
            if (ntp < NtpTime.FIRST || ntp >= NtpTime.FIRST + (1L << 32)) {
                throw new IllegalArgumentException(def.name() + " out of the Time range (1968..2104): " + value);
            }
            int v = (int) ntp;
            octets(def, new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v});
        }
        return this;
    }

    /** A grouped AVP whose members {@code members} writes. */
    public AvpWriter group(AvpDef def, Consumer<AvpWriter> members) {
        AvpSet g = set.addGroupedAvp(def.code(), def.vendorId(), def.mandatory(), false);
        members.accept(new AvpWriter(g));
        return this;
    }
}
