package org.imstb.common.trace.hep;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the host part of a trace record's address (an IP literal, a host name or a Diameter identity) into an
 * address. {@link #caching()} looks names up with {@link InetAddress} (the node's hosts file, then DNS) and remembers
 * the answers; lookups may block, so call it off the protocol threads.
 */
@FunctionalInterface
public interface HostResolver {
    /** The address of {@code host}, or null if it has none (or is not a host at all). Never throws. */
    InetAddress resolve(String host);

    /** A resolver over {@link InetAddress#getAllByName} that caches answers (10 min) and failures (30 s). */
    static HostResolver caching() {
        return new Caching();
    }

    /** The cache behind {@link #caching()}. */
    final class Caching implements HostResolver {
        private static final long FOUND_NS = 600_000_000_000L;
        private static final long MISSING_NS = 30_000_000_000L;
        private static final int MAX_ENTRIES = 4096;

        private final Map<String, Entry> cache = new ConcurrentHashMap<>();

        private Caching() {
        }

        @Override
        public InetAddress resolve(String host) {
            if (host == null || host.isBlank() || host.length() > 255) {
                return null; // getByName("") would answer the loopback address
            }
            long now = System.nanoTime();
            Entry e = cache.get(host);
            if (e != null && now - e.expires() < 0) {
                return e.address();
            }
            InetAddress a = lookup(host);
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            cache.put(host, new Entry(a, now + (a == null ? MISSING_NS : FOUND_NS)));
            return a;
        }

        /** The first IPv6 address of {@code host}, else its first address; null if it has none. */
        private static InetAddress lookup(String host) {
            try {
                InetAddress[] all = InetAddress.getAllByName(host);
                for (InetAddress a : all) {
                    if (a.getAddress().length == 16) {
                        return a;
                    }
                }
                return all.length > 0 ? all[0] : null;
            } catch (UnknownHostException | SecurityException | IllegalArgumentException e) {
                return null;
            }
        }

        private record Entry(InetAddress address, long expires) {
        }
    }
}
