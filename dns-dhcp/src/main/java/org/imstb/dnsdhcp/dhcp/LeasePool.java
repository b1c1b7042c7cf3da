package org.imstb.dnsdhcp.dhcp;

import java.math.BigInteger;
import java.net.Inet6Address;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The IA_NA addresses of one link, leases in memory, keyed by client DUID and IAID. Offers (Advertise) hold an
 * address for {@value #OFFER_SECONDS} s; commits hold it for the valid lifetime. Expired leases return to the pool
 * when their address is next needed. Thread-safe.
 */
public final class LeasePool {
    static final long OFFER_SECONDS = 60;

    private final BigInteger start;
    private final BigInteger end;
    private final Duration validLifetime;
    private final Clock clock;
    private final Map<Key, Lease> byClient = new HashMap<>();
    private final Map<BigInteger, Key> byAddress = new HashMap<>();
    private BigInteger cursor;

    public LeasePool(Inet6Address start, Inet6Address end, Duration validLifetime, Clock clock) {
        this.start = number(start);
        this.end = number(end);
        if (this.start.compareTo(this.end) > 0) {
            throw new IllegalArgumentException("pool end " + end + " is below its start " + start);
        }
        this.validLifetime = validLifetime;
        this.clock = clock;
        this.cursor = this.start;
    }

    private record Key(String duid, long iaid) {
    }

    /** The client's current address, or a free one held for a short while; empty when the pool is exhausted. */
    public synchronized Optional<Lease> offer(String duid, long iaid) {
        Key key = new Key(duid, iaid);
        Lease current = live(key);
        if (current != null) {
            return Optional.of(current);
        }
        return allocate(key, false, Duration.ofSeconds(OFFER_SECONDS));
    }

    /** Binds an address to the client's IA (the offered one if any) for the valid lifetime. */
    public synchronized Optional<Lease> commit(String duid, long iaid) {
        Key key = new Key(duid, iaid);
        Lease current = live(key);
        if (current != null) {
            return Optional.of(put(key, current.address(), true, validLifetime));
        }
        return allocate(key, true, validLifetime);
    }

    /** Extends a bound lease; empty when the client has none (NoBinding). */
    public synchronized Optional<Lease> renew(String duid, long iaid) {
        Key key = new Key(duid, iaid);
        Lease current = live(key);
        if (current == null || !current.bound()) {
            return Optional.empty();
        }
        return Optional.of(put(key, current.address(), true, validLifetime));
    }

    /** Returns the IA's address to the pool; false when it held none. */
    public synchronized boolean release(String duid, long iaid) {
        Key key = new Key(duid, iaid);
        Lease l = byClient.remove(key);
        if (l == null) {
            return false;
        }
        byAddress.remove(number(l.address()));
        return true;
    }

    /** Whether {@code a} lies in this pool's range (Confirm: is the client on this link). */
    public boolean contains(Inet6Address a) {
        BigInteger n = number(a);
        return n.compareTo(start) >= 0 && n.compareTo(end) <= 0;
    }

    /** Number of bound, unexpired leases. */
    public synchronized int active() {
        Instant now = clock.instant();
        return (int) byClient.values().stream().filter(l -> l.bound() && l.expires().isAfter(now)).count();
    }

    private Lease live(Key key) {
        Lease l = byClient.get(key);
        if (l != null && !l.expires().isAfter(clock.instant())) {
            byClient.remove(key);
            byAddress.remove(number(l.address()));
            return null;
        }
        return l;
    }

    private Optional<Lease> allocate(Key key, boolean bound, Duration hold) {
        BigInteger size = end.subtract(start).add(BigInteger.ONE);
        BigInteger tries = size.min(BigInteger.valueOf(1L << 20));
        for (BigInteger i = BigInteger.ZERO; i.compareTo(tries) < 0; i = i.add(BigInteger.ONE)) {
            BigInteger candidate = cursor;
            cursor = cursor.equals(end) ? start : cursor.add(BigInteger.ONE);
            Key holder = byAddress.get(candidate);
            if (holder != null && live(holder) != null) {
                continue;
            }
            return Optional.of(put(key, address(candidate), bound, hold));
        }
        return Optional.empty();
    }

    private Lease put(Key key, Inet6Address address, boolean bound, Duration hold) {
        Lease l = new Lease(address, clock.instant().plus(hold), bound);
        byClient.put(key, l);
        byAddress.put(number(address), key);
        return l;
    }

    private static BigInteger number(Inet6Address a) {
        return new BigInteger(1, a.getAddress());
    }

    private static Inet6Address address(BigInteger n) {
        byte[] raw = n.toByteArray();
        byte[] a = new byte[16];
        int copy = Math.min(raw.length, 16);
        System.arraycopy(raw, raw.length - copy, a, 16 - copy, copy);
        try {
            return Inet6Address.getByAddress(null, a, -1);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
