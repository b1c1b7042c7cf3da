package org.imstb.common.dns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.xbill.DNS.NAPTRRecord;

/** Which NAPTR records of a SIP domain a client may use, and in which order (RFC 3263 §4.1, RFC 3403). */
public final class NaptrSelection {
    private static final Comparator<NAPTRRecord> ORDER = Comparator.comparingInt(NAPTRRecord::getOrder)
            .thenComparingInt(NAPTRRecord::getPreference);

    private NaptrSelection() {
    }

    /** A usable record: its transport and the SRV name it points at. */
    public record Choice(SipTransport transport, NAPTRRecord record) {
    }

    /**
     * The records whose service is one of {@code supported} transports' ({@code SIP+D2U}, {@code SIP+D2T},
     * {@code SIPS+D2T}), whose flag is {@code s} (the replacement is an SRV name) and whose regexp is empty, sorted
     * by order then preference. The first is RFC 3263's choice; the rest are for fail-over.
     */
    public static List<Choice> select(List<NAPTRRecord> records, Set<SipTransport> supported) {
        List<NAPTRRecord> sorted = new ArrayList<>(records);
        sorted.sort(ORDER);
        List<Choice> out = new ArrayList<>();
        for (NAPTRRecord r : sorted) {
            SipTransport t = SipTransport.ofNaptrService(r.getService());
            if (t != null && supported.contains(t) && "s".equalsIgnoreCase(r.getFlags())
                    && r.getRegexp().isEmpty()) {
                out.add(new Choice(t, r));
            }
        }
        return out;
    }

    /** {@code records} sorted by order then preference (RFC 3403 §4.1). */
    public static List<NAPTRRecord> sorted(List<NAPTRRecord> records) {
        List<NAPTRRecord> sorted = new ArrayList<>(records);
        sorted.sort(ORDER);
        return sorted;
    }
}
