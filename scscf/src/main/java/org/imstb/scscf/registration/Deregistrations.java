package org.imstb.scscf.registration;

import java.util.List;

import org.imstb.common.cx.RegistrationTerminationRequest;
import org.imstb.common.cx.ServerAssignmentType;
import org.imstb.common.node.Metrics;
import org.imstb.scscf.cx.SarClient;
import org.imstb.scscf.registrar.BindingChange;
import org.imstb.scscf.registrar.BindingEvent;
import org.imstb.scscf.registrar.Registrar;
import org.imstb.scscf.registrar.Registration;
import org.imstb.scscf.registrar.RegistrationListener;

/**
 * Registrations that end without a REGISTER: expiry of the last binding (SAR TIMEOUT_DEREGISTRATION, contacts
 * {@code expired}) and network-initiated deregistration by RTR (TS 24.229 §5.4.1.5: contacts {@code rejected} when the
 * HSS ends the subscription for good, else {@code deactivated} so that the UE registers again).
 */
public final class Deregistrations {
    /** Reason-Code PERMANENT_TERMINATION (TS 29.229 §6.3.17). */
    private static final int PERMANENT_TERMINATION = 0;

    private final Registrar registrar;
    private final SarClient sar;
    private final RegistrationListener listener;
    private final Metrics metrics;

    public Deregistrations(Registrar registrar, SarClient sar, RegistrationListener listener, Metrics metrics) {
        this.registrar = registrar;
        this.sar = sar;
        this.listener = listener;
        this.metrics = metrics;
    }

    /** Expires bindings whose time is up. */
    public void expire(long nowMs) {
        for (Registration r : registrar.due(nowMs)) {
            List<BindingChange> changes = r.expire(nowMs);
            if (r.state() == Registration.State.TERMINATED) {
                registrar.remove(r);
                sar.assign(r.impi(), r.identities(), ServerAssignmentType.TIMEOUT_DEREGISTRATION, true);
                metrics.increment("imstb_scscf_expired_total");
            } else {
                registrar.schedule(r);
            }
            listener.changed(r, changes);
        }
    }

    /** Ends the registrations an RTR names: all of its private identity, or those of the listed public identities. */
    public void terminate(RegistrationTerminationRequest rtr) {
        BindingEvent event = rtr.reasonCode() == PERMANENT_TERMINATION ? BindingEvent.REJECTED
                : BindingEvent.DEACTIVATED;
        for (Registration r : registrar.ofPrivate(rtr.userName())) {
            if (!rtr.publicIdentities().isEmpty() && rtr.publicIdentities().stream()
                    .noneMatch(id -> r.identities().stream().anyMatch(id::equalsIgnoreCase))) {
                continue;
            }
            List<BindingChange> changes = r.terminate(event);
            registrar.remove(r);
            metrics.increment("imstb_scscf_network_deregistrations_total");
            listener.changed(r, changes);
        }
    }

    /**
     * Network-initiated deregistration of the registration holding {@code publicIdentity} (e.g. a third-party
     * REGISTER failed under DefaultHandling SESSION_TERMINATED, TS 24.229 §5.4.1.7): its contacts end as
     * "deactivated" and the HSS is told (SAR ADMINISTRATIVE_DEREGISTRATION).
     */
    public void administrative(String publicIdentity) {
        registrar.find(publicIdentity).ifPresent(r -> {
            List<BindingChange> changes = r.terminate(BindingEvent.DEACTIVATED);
            registrar.remove(r);
            sar.assign(r.impi(), r.identities(), ServerAssignmentType.ADMINISTRATIVE_DEREGISTRATION, true);
            metrics.increment("imstb_scscf_network_deregistrations_total");
            listener.changed(r, changes);
        });
    }
}
