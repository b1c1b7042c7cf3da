package org.imstb.scscf.registrar;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The S-CSCF's location service: every public identity of a registered implicit set maps to the same
 * {@link Registration}. No I/O; the SIP and Cx sides drive it.
 * <p>
 * Expiry is indexed by time: {@link #schedule} notes when a registration's next binding expires, {@link #due} hands
 * out those whose time has come. The expiry timer runs every second; scanning every registration instead took a
 * seventh of the S-CSCF's CPU with 80,000 registered users.
 */
public final class Registrar {
    private final ConcurrentMap<String, Registration> byIdentity = new ConcurrentHashMap<>();
    /** Expiry notes, earliest first; a note can be stale (the bindings changed since), {@link #due} checks. */
    private final PriorityQueue<Due> expiries = new PriorityQueue<>();

    /** The live (not terminated) registration of a public identity. */
    public Optional<Registration> find(String publicIdentity) {
        Registration r = byIdentity.get(key(publicIdentity));
        return r == null || r.state() == Registration.State.TERMINATED ? Optional.empty() : Optional.of(r);
    }

    /** Installs a new registration for its whole implicit set, replacing a terminated or older one. */
    public void put(Registration r) {
        for (String id : r.identities()) {
            byIdentity.put(key(id), r);
        }
    }

    /** Forgets a terminated registration (only where it is still the one installed). */
    public void remove(Registration r) {
        for (String id : r.identities()) {
            byIdentity.remove(key(id), r);
        }
    }

    /** Notes when the next binding of {@code r} expires; call whenever its bindings change. */
    public void schedule(Registration r) {
        long at = r.nextExpiryMs();
        if (at != Long.MAX_VALUE) {
            synchronized (expiries) {
                expiries.add(new Due(at, r));
            }
        }
    }

    /**
     * The installed, live registrations with a binding expired by {@code nowMs}, each once. A note found stale (the
     * registration was refreshed) is moved to the registration's current next expiry.
     */
    public List<Registration> due(long nowMs) {
        Set<Registration> noted = new LinkedHashSet<>();
        synchronized (expiries) {
            while (!expiries.isEmpty() && expiries.peek().atMs() <= nowMs) {
                noted.add(expiries.poll().registration());
            }
        }
        List<Registration> due = new java.util.ArrayList<>();
        for (Registration r : noted) {
            if (r.state() == Registration.State.TERMINATED || byIdentity.get(key(r.identities().get(0))) != r) {
                continue;
            }
            if (r.nextExpiryMs() <= nowMs) {
                due.add(r);
            } else {
                schedule(r);
            }
        }
        return due;
    }

    /** The registrations of a private identity. */
    public List<Registration> ofPrivate(String impi) {
        return all().stream().filter(r -> r.impi().equalsIgnoreCase(impi)).toList();
    }

    /** Every distinct registration. */
    public Collection<Registration> all() {
        return byIdentity.values().stream().distinct().toList();
    }

    /** How many distinct registrations are active. */
    public long activeCount() {
        return byIdentity.values().stream().distinct().filter(r -> r.state() == Registration.State.ACTIVE).count();
    }

    /** Identity comparison key: scheme and host are case-insensitive, the user part is not (RFC 3261 §19.1.4). */
    static String key(String identity) {
        String id = identity.trim();
        int colon = id.indexOf(':');
        int at = id.lastIndexOf('@');
        java.util.Locale root = java.util.Locale.ROOT;
        if (colon < 0) {
            return id;
        }
        if (at < 0) {
            return id.substring(0, colon).toLowerCase(root) + id.substring(colon);
        }
        return id.substring(0, colon).toLowerCase(root) + id.substring(colon, at + 1) + id.substring(at + 1)
                .toLowerCase(root);
    }

    private record Due(long atMs, Registration registration) implements Comparable<Due> {
        @Override
        public int compareTo(Due other) {
            return Long.compare(atMs, other.atMs);
        }
    }
}
