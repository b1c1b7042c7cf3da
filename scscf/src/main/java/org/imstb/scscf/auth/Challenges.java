package org.imstb.scscf.auth;

import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
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
    /**
     * Challenges in the order they were added: all live equally long, so the oldest expire first and {@link #purge}
     * looks at the expired ones only (scanning every challenge each second was 1 % of a busy S-CSCF).
     */
    private final Queue<Challenge> issued = new ConcurrentLinkedQueue<>();

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
        issued.add(c);
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

    /**
     * Drops expired challenges, oldest first, stopping at the first one still live (a challenge added with an earlier
     * issue time than one before it is dropped after that one; {@link #check} calls it stale in time regardless).
     * Returns how many were dropped.
     */
    public int purge(long nowMs) {
        int dropped = 0;
        for (Challenge c = issued.peek(); c != null && nowMs - c.issuedMs() > lifetimeMs; c = issued.peek()) {
            issued.poll();
            Entry e = byNonce.get(c.nonce());
            if (e != null && e.challenge == c && byNonce.remove(c.nonce(), e)) {
                dropped++;
            }
        }
        return dropped;
    }

    public int size() {
        return byNonce.size();
    }
}
