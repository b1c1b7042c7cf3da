package org.imstb.ue.as.thirdparty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The users the S-CSCF told the AS about by third-party REGISTER: per public identity the S-CSCF, when the
 * registration expires and the last service info received. Thread-safe; expired entries go on {@link #purge}.
 */
public final class Registrations {
    /**
     * @param user         the public identity
     * @param scscf        the S-CSCF's URI (Contact, else From)
     * @param expiresAt    when it expires (ms since the epoch)
     * @param serviceInfo  the last {@code <service-info>} received, or null
     * @param registeredAt when the first REGISTER of this registration came
     */
    public record Registration(String user, String scscf, long expiresAt, String serviceInfo, long registeredAt) {
    }

    private final Map<String, Registration> byUser = new TreeMap<>();

    /** Records {@code r} (Expires > 0) at {@code now}; true when the user was not registered before. */
    public synchronized boolean register(ThirdPartyRegister r, long now) {
        Registration old = live(r.user(), now);
        String info = r.body().serviceInfo() != null ? r.body().serviceInfo() : old == null ? null : old.serviceInfo();
        byUser.put(r.user(), new Registration(r.user(), r.scscfUri(), now + r.expires() * 1000L, info,
                old == null ? now : old.registeredAt()));
        return old == null;
    }

    /** Forgets {@code user} (Expires 0); true if it was registered. */
    public synchronized boolean deregister(String user, long now) {
        Registration old = byUser.remove(user);
        return old != null && old.expiresAt() > now;
    }

    public synchronized Optional<Registration> get(String user, long now) {
        return Optional.ofNullable(live(user, now));
    }

    /** Every live registration, by user. */
    public synchronized List<Registration> all(long now) {
        List<Registration> out = new ArrayList<>();
        for (Registration r : byUser.values()) {
            if (r.expiresAt() > now) {
                out.add(r);
            }
        }
        return out;
    }

    /** Drops expired registrations; returns how many. */
    public synchronized int purge(long now) {
        int before = byUser.size();
        byUser.values().removeIf(r -> r.expiresAt() <= now);
        return before - byUser.size();
    }

    public synchronized int size() {
        return byUser.size();
    }

    private Registration live(String user, long now) {
        Registration r = byUser.get(user);
        return r != null && r.expiresAt() > now ? r : null;
    }
}
