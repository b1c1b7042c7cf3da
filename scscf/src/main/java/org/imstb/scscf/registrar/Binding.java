package org.imstb.scscf.registrar;

import java.util.List;

/**
 * One contact bound to a registration (RFC 3261 §10.3).
 *
 * @param contactUri   the contact's URI, the binding's key
 * @param contact      the whole Contact header value as the UE sent it, without expires
 * @param expiresAtMs  when it expires (ms since the epoch)
 * @param path         the Path the REGISTER carried (RFC 3327), first entry = nearest to this S-CSCF
 * @param callId       Call-ID of the REGISTER that last refreshed it
 * @param cseq         its CSeq number
 */
public record Binding(String contactUri, String contact, long expiresAtMs, List<String> path, String callId,
        long cseq) {
    public Binding {
        path = List.copyOf(path);
    }

    /** Seconds left at {@code nowMs} (0 when expired). */
    public int secondsLeft(long nowMs) {
        return (int) Math.max(0, (expiresAtMs - nowMs + 999) / 1000);
    }
}
