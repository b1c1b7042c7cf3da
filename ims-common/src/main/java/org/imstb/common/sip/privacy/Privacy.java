package org.imstb.common.sip.privacy;

import java.util.LinkedHashSet;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Set;

import javax.sip.header.Header;
import javax.sip.message.Message;

import gov.nist.javax.sip.header.ims.PAssertedIdentityHeader;

/**
 * What a proxy does with P-Asserted-Identity at the edges of its trust domain (RFC 3325 §5, RFC 3323 §4.2, TS 24.229
 * §4.4):
 * <ul>
 * <li>received from outside the trust domain: removed (an untrusted assertion is never passed on);</li>
 * <li>sent outside the trust domain (to a UE, or a host not in a trusted domain) when the message asks for privacy
 * ({@code Privacy: id}, or {@code header}, which asks for every identity-revealing header to be withheld): removed.
 * The Privacy header itself stays, so the receiver knows the identity was withheld.</li>
 * </ul>
 * No I/O; the caller says whether the peer is trusted.
 */
public final class Privacy {
    /** The Privacy header (RFC 3323 §4.2). */
    public static final String HEADER = "Privacy";

    private Privacy() {
    }

    /** The priv-values of every Privacy header, lower case ({@code Privacy: id;critical} → id, critical). */
    public static Set<String> values(Message m) {
        Set<String> out = new LinkedHashSet<>();
        ListIterator<?> it = m.getHeaders(HEADER);
        while (it != null && it.hasNext()) {
            String text = ((Header) it.next()).toString().trim();
            int colon = text.indexOf(':');
            for (String v : text.substring(colon + 1).split("[;,]")) {
                if (!v.isBlank()) {
                    out.add(v.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** The message asks for its asserted identity to be withheld outside the trust domain (id or header). */
    public static boolean withholdsIdentity(Message m) {
        Set<String> v = values(m);
        return !v.contains("none") && (v.contains("id") || v.contains("header"));
    }

    /** Applied to a message as received: an untrusted sender's P-Asserted-Identity is removed. */
    public static void received(Message m, boolean fromTrusted) {
        if (!fromTrusted) {
            m.removeHeader(PAssertedIdentityHeader.NAME);
        }
    }

    /** Applied to a message about to be sent: P-Asserted-Identity is removed when privacy leaves the trust domain. */
    public static void sending(Message m, boolean toTrusted) {
        if (!toTrusted && withholdsIdentity(m)) {
            m.removeHeader(PAssertedIdentityHeader.NAME);
        }
    }
}
