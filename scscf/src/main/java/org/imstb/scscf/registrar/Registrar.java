package org.imstb.scscf.registrar;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The S-CSCF's location service: every public identity of a registered implicit set maps to the same
 * {@link Registration}. No I/O; the SIP and Cx sides drive it.
 */
public final class Registrar {
    private final ConcurrentMap<String, Registration> byIdentity = new ConcurrentHashMap<>();

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
}
