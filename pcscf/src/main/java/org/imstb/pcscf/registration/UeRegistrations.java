package org.imstb.pcscf.registration;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The P-CSCF's registered UEs, by flow ({@code host:port}). No I/O. */
public final class UeRegistrations {
    private final ConcurrentMap<String, UeRegistration> byFlow = new ConcurrentHashMap<>();

    public void put(UeRegistration r) {
        byFlow.put(r.flow().toLowerCase(java.util.Locale.ROOT), r);
    }

    /** The live registration of a flow at {@code nowMs}. */
    public Optional<UeRegistration> byFlow(String flow, long nowMs) {
        UeRegistration r = flow == null ? null : byFlow.get(flow.toLowerCase(java.util.Locale.ROOT));
        return r == null || r.expiresAtMs() <= nowMs ? Optional.empty() : Optional.of(r);
    }

    /** Drops the binding of one contact URI; returns true if there was one. */
    public boolean removeContact(String contactUri) {
        return byFlow.values().removeIf(r -> r.contactUri().equalsIgnoreCase(contactUri));
    }

    /** Drops every binding of a public identity. */
    public int removeIdentity(String identity) {
        int before = byFlow.size();
        byFlow.values().removeIf(r -> r.owns(identity));
        return before - byFlow.size();
    }

    /** True if any UE holds {@code identity}. */
    public boolean hasIdentity(String identity) {
        return byFlow.values().stream().anyMatch(r -> r.owns(identity));
    }

    /** Drops expired bindings; returns how many. */
    public int purge(long nowMs) {
        int before = byFlow.size();
        byFlow.values().removeIf(r -> r.expiresAtMs() <= nowMs);
        return before - byFlow.size();
    }

    public List<UeRegistration> all() {
        return List.copyOf(byFlow.values());
    }

    public int size() {
        return byFlow.size();
    }
}
