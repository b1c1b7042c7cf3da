package org.imstb.scscf.auth;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Outstanding challenges by nonce, with their lifetime, the nonce counts already used (replay protection, RFC 2617
 * §3.2.2) and the failed answers per private identity. No I/O.
 */
public final class Challenges {
    private final long lifetimeMs;
    private final ConcurrentMap<String, Entry> byNonce = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, AtomicInteger> failures = new ConcurrentHashMap<>();

    private static final class Entry {
        final Challenge challenge;
        long lastNc;

        Entry(Challenge challenge) {
            this.challenge = challenge;
        }
    }

    /** Verdict on a nonce in an Authorization header. */
    public enum NonceCheck { OK, UNKNOWN, STALE, REPLAYED }

    public Challenges(long lifetimeMs) {
        this.lifetimeMs = lifetimeMs;
    }

    public void add(Challenge c) {
        byNonce.put(c.nonce(), new Entry(c));
    }

    /** The live challenge with this nonce, for this private identity. */
    public Optional<Challenge> find(String nonce, String impi) {
        Entry e = nonce == null ? null : byNonce.get(nonce);
        return e == null || !e.challenge.impi().equalsIgnoreCase(impi) ? Optional.empty() : Optional.of(e.challenge);
    }

    /**
     * Checks a nonce and its count at {@code nowMs}: unknown, stale (lifetime over), replayed (nc not above the last
     * one accepted), or OK (the count is then remembered).
     */
    public NonceCheck check(String nonce, String impi, long nc, long nowMs) {
        Entry e = nonce == null ? null : byNonce.get(nonce);
        if (e == null || !e.challenge.impi().equalsIgnoreCase(impi)) {
            return NonceCheck.UNKNOWN;
        }
        if (nowMs - e.challenge.issuedMs() > lifetimeMs) {
            byNonce.remove(nonce);
            return NonceCheck.STALE;
        }
        synchronized (e) {
            if (nc <= e.lastNc) {
                return NonceCheck.REPLAYED;
            }
            e.lastNc = nc;
        }
        return NonceCheck.OK;
    }

    /** Forgets a nonce (after a resynchronisation or a failure). */
    public void remove(String nonce) {
        byNonce.remove(nonce);
    }

    /** Counts a failed answer; returns the failures so far for this identity. */
    public int failed(String impi) {
        return failures.computeIfAbsent(impi.toLowerCase(java.util.Locale.ROOT), k -> new AtomicInteger())
                .incrementAndGet();
    }

    /** Clears the failure count after a success. */
    public void succeeded(String impi) {
        failures.remove(impi.toLowerCase(java.util.Locale.ROOT));
    }

    /** Drops expired challenges; returns how many. */
    public int purge(long nowMs) {
        int before = byNonce.size();
        byNonce.values().removeIf(e -> nowMs - e.challenge.issuedMs() > lifetimeMs);
        return before - byNonce.size();
    }

    public int size() {
        return byNonce.size();
    }
}
