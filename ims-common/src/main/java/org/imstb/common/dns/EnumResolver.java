package org.imstb.common.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xbill.DNS.NAPTRRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * ENUM (RFC 6116): an E.164 number to a SIP URI. {@code +1-555-1001} becomes the name
 * {@code 1.0.0.1.5.5.5.1.e164.arpa.}; its NAPTR records with service {@code E2U+sip} and flag {@code u} rewrite
 * the number ({@code +15551001}) with their regexp into a {@code sip:} or {@code sips:} URI. Non-terminal records
 * (empty flags, a replacement) are followed, at most five times.
 */
public final class EnumResolver {
    /** The ENUM tree of the public DNS; the testbed's DNS serves it too. */
    public static final String DEFAULT_SUFFIX = "e164.arpa";
    private static final Logger LOG = LoggerFactory.getLogger(EnumResolver.class);
    private static final int MAX_HOPS = 5;

    private final RecordSource source;
    private final String suffix;

    public EnumResolver(RecordSource source) {
        this(source, DEFAULT_SUFFIX);
    }

    /** With another ENUM suffix (e.g. a private tree). */
    public EnumResolver(RecordSource source, String suffix) {
        this.source = source;
        this.suffix = suffix;
    }

    /**
     * The SIP URI that {@code number} (a {@code tel:} URI or a number starting with {@code +}) maps to, or empty.
     *
     * @throws DnsLookupException       when the DNS server cannot be asked
     * @throws IllegalArgumentException when {@code number} is not a global E.164 number
     */
    public Optional<String> toSipUri(String number) {
        String aus = e164(number);
        Name name = domainFor(aus, suffix);
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            List<NAPTRRecord> records = new ArrayList<>();
            for (Record r : source.query(name, Type.NAPTR).records()) {
                records.add((NAPTRRecord) r);
            }
            Optional<String> uri = selectSipUri(records, aus);
            if (uri.isPresent()) {
                LOG.debug("ENUM {} -> {}", aus, uri.get());
                return uri;
            }
            Optional<Name> next = nonTerminal(records);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            name = next.get();
        }
        LOG.debug("ENUM {}: more than {} non-terminal hops", aus, MAX_HOPS);
        return Optional.empty();
    }

    /**
     * Pure: the first SIP URI produced by the terminal {@code E2U+sip} records in order/preference, or empty.
     * Records whose regexp is broken or does not match are skipped.
     */
    public static Optional<String> selectSipUri(List<NAPTRRecord> records, String aus) {
        for (NAPTRRecord r : NaptrSelection.sorted(records)) {
            if (!"u".equalsIgnoreCase(r.getFlags()) || !isSipEnumService(r.getService())) {
                continue;
            }
            try {
                Optional<String> out = NaptrRegexp.rewrite(NaptrRegexp.rawRegexp(r), aus);
                if (out.isPresent()) {
                    String lower = out.get().toLowerCase(Locale.ROOT);
                    if (lower.startsWith("sip:") || lower.startsWith("sips:")) {
                        return out;
                    }
                }
            } catch (IllegalArgumentException e) {
                LOG.debug("ENUM: skipping NAPTR {}: {}", r, e.getMessage());
            }
        }
        return Optional.empty();
    }

    private static Optional<Name> nonTerminal(List<NAPTRRecord> records) {
        for (NAPTRRecord r : NaptrSelection.sorted(records)) {
            if (r.getFlags().isEmpty() && r.getRegexp().isEmpty() && !r.getReplacement().equals(Name.root)) {
                return Optional.of(r.getReplacement());
            }
        }
        return Optional.empty();
    }

    /** {@code E2U+sip} (RFC 6116 §3.4.3; also the older {@code sip+E2U}), case-insensitive. */
    static boolean isSipEnumService(String service) {
        String[] parts = service.toLowerCase(Locale.ROOT).split("\\+");
        boolean e2u = false;
        boolean sip = false;
        for (String p : parts) {
            e2u |= p.equals("e2u");
            sip |= p.equals("sip") || p.startsWith("sip:");
        }
        return e2u && sip;
    }

    /**
     * The AUS: {@code tel:+1-555-1001;phone-context=...} or {@code +1 (555) 1001} becomes {@code +15551001}.
     * Visual separators ({@code - . ( )} and spaces) are dropped.
     */
    public static String e164(String number) {
        String s = number.trim();
        if (s.regionMatches(true, 0, "tel:", 0, 4)) {
            s = s.substring(4);
        }
        int semi = s.indexOf(';');
        if (semi >= 0) {
            s = s.substring(0, semi);
        }
        String digits = s.replaceAll("[-.() ]", "");
        if (!digits.matches("\\+[0-9]{1,15}")) {
            throw new IllegalArgumentException("not a global E.164 number: " + number);
        }
        return digits;
    }

    /** The ENUM domain of an E.164 number: digits reversed, dot-separated, under {@code suffix}. */
    public static Name domainFor(String e164, String suffix) {
        String digits = e164(e164).substring(1);
        StringBuilder sb = new StringBuilder();
        for (int i = digits.length() - 1; i >= 0; i--) {
            sb.append(digits.charAt(i)).append('.');
        }
        sb.append(suffix);
        return SipServerLocator.name(sb.toString());
    }
}
