package org.imstb.scscf.registrar;

/** A change to one binding, as the reg event package reports it. */
public record BindingChange(Binding binding, BindingEvent event) {
    /** True if the binding is gone after this change. */
    public boolean terminated() {
        return event.terminates();
    }
}
