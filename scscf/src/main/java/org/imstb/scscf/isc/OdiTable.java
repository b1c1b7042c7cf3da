package org.imstb.scscf.isc;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.imstb.common.sip.Tags;

/**
 * Original dialog identifiers (TS 24.229 §5.4.3.2 step 4 c): the token the S-CSCF puts in its own Route entry
 * behind the AS, mapped to the chain state it resumes when the request comes back from the AS. A token stays valid
 * for a while rather than being taken once, because a forking AS may send several branches back; {@link #purge}
 * drops the old ones. Thread-safe.
 */
public final class OdiTable {
    private record Entry(IscContext context, long expiresAtMs) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final long lifetimeMs;

    /** @param lifetimeMs how long an AS may keep a request before sending it back */
    public OdiTable(long lifetimeMs) {
        this.lifetimeMs = lifetimeMs;
    }

    /** Stores {@code context} under a new token and returns the token. */
    public String put(IscContext context, long nowMs) {
        String token = Tags.token(12);
        entries.put(token, new Entry(context, nowMs + lifetimeMs));
        return token;
    }

    /** The chain state of {@code token}, if it is known and not expired. */
    public Optional<IscContext> get(String token, long nowMs) {
        Entry e = token == null ? null : entries.get(token);
        return e == null || e.expiresAtMs() < nowMs ? Optional.empty() : Optional.of(e.context());
    }

    /** Forgets expired tokens. */
    public void purge(long nowMs) {
        for (Iterator<Entry> it = entries.values().iterator(); it.hasNext();) {
            if (it.next().expiresAtMs() < nowMs) {
                it.remove();
            }
        }
    }

    public int size() {
        return entries.size();
    }
}
