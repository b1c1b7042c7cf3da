package org.imstb.scscf.registrar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.imstb.common.cx.userdata.ImsSubscription;

/**
 * The registration of one implicit registration set (TS 23.228 §4.3.3.4): its identities, the user profile the HSS
 * sent, and the contacts bound to it. A state machine (RFC 3680 registration states):
 * <pre>
 *   INIT --first binding--> ACTIVE --last binding removed/expired/terminated--> TERMINATED
 * </pre>
 * A TERMINATED registration is never reused; a new REGISTER starts a new one. Thread-safe; no I/O.
 */
public final class Registration {
    /** RFC 3680 registration state. */
    public enum State { INIT, ACTIVE, TERMINATED }

    private final String impi;
    private final List<String> identities;
    private final ImsSubscription subscription;
    private final Map<String, Binding> bindings = new LinkedHashMap<>();
    private State state = State.INIT;

    /**
     * @param impi         the private identity that registered
     * @param identities   the implicit set, the registered public identity first
     * @param subscription the user profile from the SAA's User-Data, parsed; null when there is none
     */
    public Registration(String impi, List<String> identities, ImsSubscription subscription) {
        if (identities.isEmpty()) {
            throw new IllegalArgumentException("an implicit registration set has at least one identity");
        }
        this.impi = impi;
        this.identities = List.copyOf(identities);
        this.subscription = subscription;
    }

    public String impi() {
        return impi;
    }

    /** The implicit registration set; the first is the identity the user registered (its default). */
    public List<String> identities() {
        return identities;
    }

    /**
     * The user profile, parsed once when the registration was made (a DOM parse costs more than the rest of a
     * REGISTER's handling in the S-CSCF, and the XML text is not kept: 80,000 registrations held it twice).
     */
    public Optional<ImsSubscription> subscription() {
        return Optional.ofNullable(subscription);
    }

    public synchronized State state() {
        return state;
    }

    /**
     * Applies a REGISTER's contacts (RFC 3261 §10.3 steps 6-8). Returns the changes in order.
     *
     * @throws OutOfOrderException  the REGISTER repeats or precedes one already applied (same Call-ID, CSeq not higher)
     * @throws IllegalStateException the registration is already terminated
     */
    public synchronized List<BindingChange> update(List<ContactRequest> contacts, List<String> path, String callId,
            long cseq, long nowMs) throws OutOfOrderException {
        if (state == State.TERMINATED) {
            throw new IllegalStateException("registration of " + identities.get(0) + " is terminated");
        }
        for (ContactRequest c : contacts) {
            Binding old = bindings.get(c.contactUri());
            if (old != null && old.callId().equals(callId) && cseq <= old.cseq()) {
                throw new OutOfOrderException(c.contactUri());
            }
        }
        List<BindingChange> changes = new ArrayList<>();
        for (ContactRequest c : contacts) {
            Binding old = bindings.get(c.contactUri());
            Binding now = new Binding(c.contactUri(), c.contact(), nowMs + c.expires() * 1000L, path, callId, cseq);
            if (c.expires() == 0) {
                if (old != null) {
                    bindings.remove(c.contactUri());
                    changes.add(new BindingChange(now, BindingEvent.UNREGISTERED));
                }
            } else if (old == null) {
                bindings.put(c.contactUri(), now);
                // RFC 3680 §5.1: "registered" for a contact added by REGISTER ("created" is for other means)
                changes.add(new BindingChange(now, BindingEvent.REGISTERED));
            } else {
                bindings.put(c.contactUri(), now);
                changes.add(new BindingChange(now, now.expiresAtMs() < old.expiresAtMs() ? BindingEvent.SHORTENED
                        : BindingEvent.REFRESHED));
            }
        }
        settle();
        return changes;
    }

    /** Removes every binding whose time is up. */
    public synchronized List<BindingChange> expire(long nowMs) {
        List<BindingChange> changes = new ArrayList<>();
        bindings.values().removeIf(b -> {
            if (b.expiresAtMs() <= nowMs) {
                changes.add(new BindingChange(b, BindingEvent.EXPIRED));
                return true;
            }
            return false;
        });
        settle();
        return changes;
    }

    /**
     * Ends the registration: every binding goes with {@code event} (UNREGISTERED for {@code Contact: *},
     * DEACTIVATED or REJECTED for network-initiated deregistration).
     */
    public synchronized List<BindingChange> terminate(BindingEvent event) {
        List<BindingChange> changes = new ArrayList<>();
        for (Binding b : bindings.values()) {
            changes.add(new BindingChange(b, event));
        }
        bindings.clear();
        state = State.TERMINATED;
        return changes;
    }

    private void settle() {
        if (bindings.isEmpty()) {
            state = state == State.INIT ? State.INIT : State.TERMINATED;
        } else {
            state = State.ACTIVE;
        }
    }

    /** The current bindings. */
    public synchronized List<Binding> bindings() {
        return List.copyOf(bindings.values());
    }

    /** The earliest expiry among the bindings, or {@code Long.MAX_VALUE}. */
    public synchronized long nextExpiryMs() {
        return bindings.values().stream().mapToLong(Binding::expiresAtMs).min().orElse(Long.MAX_VALUE);
    }
}
