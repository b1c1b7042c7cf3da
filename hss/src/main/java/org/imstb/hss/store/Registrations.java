package org.imstb.hss.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.imstb.hss.model.IdentityUris;
import org.imstb.hss.model.RegistrationChange;
import org.imstb.hss.model.RegistrationRecord;
import org.imstb.hss.model.RegistrationState;

/**
 * Registration state on the request path: read from the {@link SubscriberCache} copy (loaded from the database on a
 * miss), changed in the database and in the copy together. One lock per identity (striped) covers both a load and a
 * change, so a copy never lags behind what was committed; a change that alters nothing writes nothing.
 */
final class Registrations {
    private static final int STRIPES = 256;

    private final Database db;
    private final RegistrationDao dao;
    private final SubscriberCache cache;
    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    Registrations(Database db, RegistrationDao dao, SubscriberCache cache) {
        this.db = db;
        this.dao = dao;
        this.cache = cache;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** The registration of {@code impu}; NOT_REGISTERED with nulls if none. */
    RegistrationRecord registration(String impu) {
        SubscriberCache.Generation g = cache.current();
        String key = IdentityUris.key(impu);
        RegistrationRecord r = g.registrations.getIfPresent(key);
        if (r == null) {
            ReentrantLock lock = stripe(key);
            lock.lock();
            try {
                r = load(g, impu, key);
            } finally {
                lock.unlock();
            }
        }
        return asked(r, impu);
    }

    /**
     * Sets the registration of all {@code impus} in one transaction (only those that change) and returns the
     * changes, before and after. NOT_REGISTERED with a null S-CSCF and IMPI forgets them.
     */
    List<RegistrationChange> update(Collection<String> impus, RegistrationState state, String scscfName,
            String impi) {
        SubscriberCache.Generation g = cache.current();
        List<String> keys = impus.stream().map(IdentityUris::key).toList();
        List<ReentrantLock> held = lockAll(keys);
        try {
            List<String> changed = new ArrayList<>();
            List<RegistrationChange> changes = new ArrayList<>();
            List<String> impuList = List.copyOf(impus);
            for (int i = 0; i < impuList.size(); i++) {
                String impu = impuList.get(i);
                RegistrationRecord before = asked(load(g, impu, keys.get(i)), impu);
                RegistrationRecord after = RegistrationDao.cleared(state, scscfName, impi)
                        ? RegistrationRecord.notRegistered(impu) : new RegistrationRecord(impu, state, scscfName, impi);
                if (before.state() != after.state() || !Objects.equals(before.scscfName(), after.scscfName())
                        || !Objects.equals(before.impi(), after.impi())) {
                    changed.add(impu);
                    changes.add(new RegistrationChange(before, after));
                }
            }
            if (changed.isEmpty()) {
                return List.of();
            }
            try {
                db.transaction(c -> {
                    for (String impu : changed) {
                        RegistrationDao.write(c, impu, state, scscfName, impi);
                    }
                    return null;
                });
            } catch (RuntimeException e) {
                changed.forEach(impu -> g.registrations.invalidate(IdentityUris.key(impu)));
                throw e;
            }
            for (RegistrationChange change : changes) {
                RegistrationRecord before = change.before();
                // as stored: an update keeps the identity text of the row, an insert writes the one given
                String stored = before.state() == RegistrationState.NOT_REGISTERED && before.scscfName() == null
                        && before.impi() == null ? change.after().impu() : before.impu();
                g.registrations.put(IdentityUris.key(change.after().impu()), new RegistrationRecord(stored,
                        change.after().state(), change.after().scscfName(), change.after().impi()));
            }
            return changes;
        } finally {
            held.forEach(ReentrantLock::unlock);
        }
    }

    /** The copy of {@code key}, loaded from the database if missing; the caller holds its stripe. */
    private RegistrationRecord load(SubscriberCache.Generation g, String impu, String key) {
        RegistrationRecord r = g.registrations.getIfPresent(key);
        if (r == null) {
            r = dao.registration(impu);
            g.registrations.put(key, r);
        }
        return r;
    }

    /** A record without data names the identity as asked, as one read from the database would. */
    private static RegistrationRecord asked(RegistrationRecord r, String impu) {
        return RegistrationDao.cleared(r.state(), r.scscfName(), r.impi()) && !r.impu().equals(impu)
                ? RegistrationRecord.notRegistered(impu) : r;
    }

    private ReentrantLock stripe(String key) {
        return stripes[Math.floorMod(key.hashCode(), STRIPES)];
    }

    /** Locks the stripes of all keys in index order (no deadlock between two multi-identity changes). */
    private List<ReentrantLock> lockAll(List<String> keys) {
        int[] indices = keys.stream().mapToInt(k -> Math.floorMod(k.hashCode(), STRIPES)).distinct().sorted()
                .toArray();
        List<ReentrantLock> held = new ArrayList<>(indices.length);
        for (int i : indices) {
            stripes[i].lock();
            held.add(stripes[i]);
        }
        return held;
    }
}
