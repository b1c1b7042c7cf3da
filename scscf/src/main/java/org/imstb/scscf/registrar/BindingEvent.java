package org.imstb.scscf.registrar;

/** Why a contact binding changed, named as the RFC 3680 contact events. */
public enum BindingEvent {
    REGISTERED, CREATED, REFRESHED, SHORTENED, EXPIRED, DEACTIVATED, UNREGISTERED, REJECTED;

    /** True for the events that end a binding. */
    public boolean terminates() {
        return this == EXPIRED || this == DEACTIVATED || this == UNREGISTERED || this == REJECTED;
    }
}
