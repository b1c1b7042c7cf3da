package org.imstb.common.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

class CachingSourceTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    private void advance(int seconds) {
        now.set(now.get().plusSeconds(seconds));
    }

    @Test
    void positiveAnswersLiveForTheirSmallestTtl() throws Exception {
        MapSource backend = new MapSource().zone("""
                a.d.test. 120 IN AAAA fd00::1
                a.d.test. 60 IN AAAA fd00::2
                """);
        CachingSource cache = new CachingSource(backend, Duration.ofHours(1), Duration.ofSeconds(5), clock);
        Name a = Name.fromString("a.d.test.");
        assertEquals(2, cache.query(a, Type.AAAA).records().size());
        advance(59);
        cache.query(a, Type.AAAA);
        assertEquals(1, backend.asked.size());
        advance(1);
        cache.query(a, Type.AAAA);
        assertEquals(2, backend.asked.size());
    }

    @Test
    void maxTtlCapsLongTtls() throws Exception {
        MapSource backend = new MapSource().zone("a.d.test. 86400 IN AAAA fd00::1");
        CachingSource cache = new CachingSource(backend, Duration.ofSeconds(10), Duration.ofSeconds(5), clock);
        Name a = Name.fromString("a.d.test.");
        cache.query(a, Type.AAAA);
        advance(11);
        cache.query(a, Type.AAAA);
        assertEquals(2, backend.asked.size());
    }

    @Test
    void negativeAnswersAreCachedShortly() throws Exception {
        MapSource backend = new MapSource();
        CachingSource cache = new CachingSource(backend, Duration.ofHours(1), Duration.ofSeconds(5), clock);
        Name a = Name.fromString("nothing.d.test.");
        assertEquals(DnsAnswer.Status.NX_DOMAIN, cache.query(a, Type.AAAA).status());
        advance(4);
        cache.query(a, Type.AAAA);
        assertEquals(1, backend.asked.size());
        advance(1);
        cache.query(a, Type.AAAA);
        assertEquals(2, backend.asked.size());
    }

    @Test
    void negativeWithoutSoaUsesTheCap() {
        CachingSource cache = new CachingSource((n, t) -> DnsAnswer.noData(0), Duration.ofHours(1),
                Duration.ofSeconds(5), clock);
        assertEquals(5000, cache.lifetimeMs(DnsAnswer.noData(0)));
        assertEquals(2000, cache.lifetimeMs(DnsAnswer.nxDomain(2)));
    }

    @Test
    void failuresAreNotCached() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CachingSource cache = new CachingSource((n, t) -> {
            calls.incrementAndGet();
            throw new DnsLookupException("timeout");
        }, Duration.ofHours(1), Duration.ofSeconds(5), clock);
        Name a = Name.fromString("a.d.test.");
        assertThrows(DnsLookupException.class, () -> cache.query(a, Type.AAAA));
        assertThrows(DnsLookupException.class, () -> cache.query(a, Type.AAAA));
        assertEquals(2, calls.get());
    }
}
