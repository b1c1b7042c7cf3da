package org.imstb.common.sh.codec;

import java.util.ArrayList;
import java.util.List;
import org.imstb.common.diameter.codec.AvpReader;
import org.imstb.common.diameter.codec.AvpWriter;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.diameter.codec.MissingAvpException;
import org.imstb.common.diameter.dict.AvpDef;
import org.imstb.common.diameter.dict.Avps;
import org.imstb.common.sh.DataReference;
import org.imstb.common.sh.IdentitySet;

/** The repeated enumerated AVPs several Sh requests carry: Data-Reference and Identity-Set. */
final class Lists {
    private Lists() {
    }

    static void writeDataReferences(List<DataReference> refs, AvpWriter w) {
        refs.forEach(d -> w.enumerated(Avps.DATA_REFERENCE, d.code()));
    }

    static void writeIdentitySets(List<IdentitySet> sets, AvpWriter w) {
        sets.forEach(s -> w.enumerated(Avps.IDENTITY_SET, s.ordinal()));
    }

    /** At least one Data-Reference, each a known value (else 5005 / 5004). */
    static List<DataReference> dataReferences(AvpReader r) throws DiameterDecodeException {
        List<DataReference> out = new ArrayList<>();
        for (Long v : enumerated(r, Avps.DATA_REFERENCE)) {
            DataReference d = DataReference.of(v);
            if (d == null) {
                throw new DiameterDecodeException(Avps.DATA_REFERENCE, "unknown Data-Reference " + v);
            }
            out.add(d);
        }
        if (out.isEmpty()) {
            throw new MissingAvpException(Avps.DATA_REFERENCE);
        }
        return out;
    }

    static List<IdentitySet> identitySets(AvpReader r) throws DiameterDecodeException {
        List<IdentitySet> out = new ArrayList<>();
        for (Long v : enumerated(r, Avps.IDENTITY_SET)) {
            IdentitySet s = IdentitySet.of(v);
            if (s == null) {
                throw new DiameterDecodeException(Avps.IDENTITY_SET, "unknown Identity-Set " + v);
            }
            out.add(s);
        }
        return out;
    }

    /** Values of a repeated Enumerated AVP (read as Unsigned32 and taken as signed). */
    private static List<Long> enumerated(AvpReader r, AvpDef def) throws DiameterDecodeException {
        List<Long> out = new ArrayList<>();
        for (Long v : r.u32s(def)) {
            out.add((long) v.intValue());
        }
        return out;
    }
}
