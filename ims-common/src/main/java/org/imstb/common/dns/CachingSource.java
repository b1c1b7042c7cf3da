package org.imstb.common.dns;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.xbill.DNS.Name;

/**
 * A cache in front of a {@link RecordSource}: positive answers are kept for their smallest record TTL (at most
 * {@code maxTtl}), negative ones (NXDOMAIN, no data) for their RFC 2308 TTL but at most {@code negativeTtl} (and
 * for {@code negativeTtl} when the server sent no SOA). Failures are not cached.
 */
public final class CachingSource implements RecordSource {
    private static final int CLEAN_ABOVE = 10_000;

    private final RecordSource delegate;
    private final Clock clock;
    private final long maxTtlMs;
    private final long negativeTtlMs;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    public CachingSource(RecordSource delegate, Duration maxTtl, Duration negativeTtl, Clock clock) {
        this.delegate = delegate;
        this.maxTtlMs = maxTtl.toMillis();
        this.negativeTtlMs = negativeTtl.toMillis();
        this.clock = clock;
    }

    public CachingSource(RecordSource delegate, Duration maxTtl, Duration negativeTtl) {
        this(delegate, maxTtl, negativeTtl, Clock.systemUTC());
    }

    @Override
    public DnsAnswer query(Name name, int type) {
        Key key = new Key(name, type);
        long now = clock.millis();
        Entry e = entries.get(key);
        if (e != null && e.expiresAt > now) {
            return e.answer;
        }
        DnsAnswer answer = delegate.query(name, type);
        long keep = lifetimeMs(answer);
        if (keep > 0) {
            if (entries.size() > CLEAN_ABOVE) {
                entries.values().removeIf(old -> old.expiresAt <= now);
            }
            entries.put(key, new Entry(answer, now + keep));
        } else {
            entries.remove(key);
        }
        return answer;
    }

    long lifetimeMs(DnsAnswer answer) {
        long ttlMs = answer.ttlSeconds() * 1000;
        if (answer.status() == DnsAnswer.Status.FOUND) {
            return Math.min(ttlMs, maxTtlMs);
        }
        return answer.ttlSeconds() <= 0 ? negativeTtlMs : Math.min(ttlMs, negativeTtlMs);
    }

    /** Forgets everything. */
    public void clear() {
        entries.clear();
    }

    /** Number of cached answers (expired ones may still count until replaced). */
    public int size() {
        return entries.size();
    }

    private record Key(Name name, int type) {
    }

    private record Entry(DnsAnswer answer, long expiresAt) {
    }
}
