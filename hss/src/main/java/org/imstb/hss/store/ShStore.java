package org.imstb.hss.store;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.imstb.common.sh.DataReference;
import org.imstb.common.sh.data.RepositoryData;
import org.imstb.hss.model.IdentityUris;
import org.imstb.hss.model.ShSubscription;

/**
 * What the HSS keeps for Sh (TS 29.328): repository data per public identity and Service-Indication, and the
 * application servers' subscriptions to notifications. Both live in the subscriber database (tables
 * sh_repository_data and sh_subscription, schema version 2), keyed by the identity's lookup key like registrations,
 * so they survive restarts and re-provisioning. Get it from {@link SubscriberStore#sh()}. Thread-safe.
 */
public final class ShStore {
    /** Data-References whose changes come from registrations. */
    private static final List<DataReference> REGISTRATION_REFS = List.of(DataReference.IMS_USER_STATE,
            DataReference.S_CSCF_NAME);

    private final RepositoryDataDao repository;
    private final ShSubscriptionDao subscriptions;
    private final Clock clock;
    private final Object lock = new Object();
    /** Whether subscriptions to IMS user state or S-CSCF name exist; null: unknown, read it again. */
    private Boolean watchesRegistrations;
    /** Bumped whenever subscriptions change, so that a read racing a change does not cache a stale answer. */
    private long generation;

    ShStore(Database db, Clock clock) {
        this.repository = new RepositoryDataDao(db);
        this.subscriptions = new ShSubscriptionDao(db);
        this.clock = clock;
    }

    /**
     * One change of repository data in {@link #writeRepositoryData}.
     *
     * @param expectedSequence the sequence number stored now, or null when there is no data (a creation)
     * @param next             the data to store; with null ServiceData the stored data is deleted
     */
    public record RepositoryWrite(Integer expectedSequence, RepositoryData next) {
    }

    /** The repository data of {@code impu} (a stored identity) for {@code serviceIndication}. */
    public Optional<RepositoryData> repositoryData(String impu, String serviceIndication) {
        return repository.find(IdentityUris.key(impu), serviceIndication);
    }

    /**
     * Applies every write in one transaction, each only if the stored sequence number is still the expected one
     * (compare-and-set); false, and nothing changed, when one is not.
     */
    public boolean writeRepositoryData(String impu, List<RepositoryWrite> writes) {
        return repository.write(IdentityUris.key(impu), impu, writes);
    }

    /** Adds or replaces (same identity, Data-Reference, Service-Indication and AS) a subscription. */
    public void subscribe(ShSubscription s) {
        subscriptions.put(s, clock.instant());
        invalidate();
    }

    /** Removes the subscription of {@code asHost}; false if there was none. */
    public boolean unsubscribe(String impu, DataReference ref, String serviceIndication, String asHost) {
        boolean removed = subscriptions.remove(impu, ref, serviceIndication, asHost);
        invalidate();
        return removed;
    }

    /** Removes every AS's subscription to that data (the data is gone); returns how many. */
    public int unsubscribeAll(String impu, DataReference ref, String serviceIndication) {
        int removed = subscriptions.removeAll(impu, ref, serviceIndication);
        invalidate();
        return removed;
    }

    /** The live (not expired) subscriptions to that data of {@code impu}. */
    public List<ShSubscription> subscriptions(String impu, DataReference ref, String serviceIndication) {
        return subscriptions.find(impu, ref, serviceIndication, clock.instant());
    }

    /** Whether any AS subscribed to IMS user state or S-CSCF name (cached until subscriptions change). */
    public boolean watchesRegistrations() {
        long g;
        synchronized (lock) {
            if (watchesRegistrations != null) {
                return watchesRegistrations;
            }
            g = generation;
        }
        boolean w = subscriptions.any(REGISTRATION_REFS, clock.instant());
        synchronized (lock) {
            if (g == generation) {
                watchesRegistrations = w;
            }
        }
        return w;
    }

    private void invalidate() {
        synchronized (lock) {
            generation++;
            watchesRegistrations = null;
        }
    }
}
