package org.imstb.hss.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import java.util.function.Function;
import org.imstb.hss.model.PrivateIdentity;
import org.imstb.hss.model.RegistrationRecord;

/**
 * In-memory copies of what the Cx and Sh request path reads about subscribers (public identities with their
 * implicit sets, owners and S-CSCF capabilities; private identities; registration state), so that a request for a subscriber already seen reads
 * nothing from the database. Each kind holds at most {@code maxEntries} entries (Caffeine, least recently and
 * least frequently used go first); 0 keeps nothing.
 *
 * <p>Copies belong to a {@link Generation} labelled with the provisioning version ({@code catalog_version}, bumped
 * by every subscription and catalog write). When the version changes the whole generation is dropped: changes made
 * through this store show at once, those made by another process (the provisioning CLI) within
 * {@value CatalogCache#CHECK_MILLIS} ms. A reader that loaded from the database before a write committed can only
 * have put its copy into the generation that write makes obsolete.
 *
 * <p>Registration state is not provisioning: {@link Registrations} keeps its copies exact by writing the database and
 * the copy under one lock per identity.
 */
final class SubscriberCache {
    /**
     * Heap limit per entry of each kind for the default bound: a subscriber with one identity takes about 1 KiB
     * over all kinds, so the copies stay within about an eighth of the heap.
     */
    static final long HEAP_BYTES_PER_ENTRY = 8 * 1024;

    /** The default bound per kind: one entry per {@value #HEAP_BYTES_PER_ENTRY} bytes of the heap limit (-Xmx). */
    static int defaultEntries() {
        return (int) Math.min(Integer.MAX_VALUE, Runtime.getRuntime().maxMemory() / HEAP_BYTES_PER_ENTRY);
    }

    private final CatalogCache catalog;
    private final int maxEntries;
    private volatile Generation generation;

    /** The copies valid for one provisioning version. Keys are identity lookup keys ({@code IdentityUris.key}). */
    static final class Generation {
        final long version;
        /** Provisioning data of public identities, by the lookup key asked for. */
        final Cache<String, Optional<IdentityCopy>> identities;
        final Cache<String, Optional<PrivateIdentity>> privates;
        final Cache<String, RegistrationRecord> registrations;

        private final boolean keeps;

        private Generation(long version, int maxEntries) {
            this.version = version;
            this.keeps = maxEntries > 0;
            this.identities = build(maxEntries);
            this.privates = build(maxEntries);
            this.registrations = build(maxEntries);
        }

        /** The copy of {@code key} in {@code cache}, loaded (and kept, unless this store keeps no copies) if missing. */
        <V> V get(Cache<String, V> cache, String key, Function<String, V> loader) {
            return keeps ? cache.get(key, loader) : loader.apply(key);
        }

        /** Evictions run on the caller's thread: no background pool on a small machine. */
        private static <V> Cache<String, V> build(int maxEntries) {
            return Caffeine.newBuilder().maximumSize(maxEntries).executor(Runnable::run).build();
        }
    }

    SubscriberCache(CatalogCache catalog, int maxEntries) {
        if (maxEntries < 0) {
            throw new IllegalArgumentException("cache entries must be >= 0, got " + maxEntries);
        }
        this.catalog = catalog;
        this.maxEntries = maxEntries;
    }

    /** The generation of the current provisioning version (a new, empty one if the version changed). */
    Generation current() {
        long version = catalog.get().version();
        Generation g = generation;
        return g != null && g.version == version ? g : renew(version);
    }

    private synchronized Generation renew(long version) {
        Generation g = generation;
        if (g == null || g.version != version) {
            g = new Generation(version, maxEntries);
            generation = g;
        }
        return g;
    }

    int maxEntries() {
        return maxEntries;
    }

    /** Drops every copy (after a provisioning write through this store, with {@link CatalogCache#invalidate}). */
    void invalidate() {
        generation = null;
    }

}
