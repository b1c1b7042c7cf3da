package org.imstb.scscf.registrar;

import java.util.List;

/** Told about every change to a registration (the reg event notifier listens). */
@FunctionalInterface
public interface RegistrationListener {
    RegistrationListener NONE = (r, c) -> { };

    void changed(Registration registration, List<BindingChange> changes);
}
