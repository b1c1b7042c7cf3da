package org.imstb.hss.store;

import java.util.List;
import org.imstb.hss.model.RegistrationChange;

/**
 * Told about changes of registration state stored through {@link SubscriberStore#updateRegistration} (the Cx SAR,
 * MAR and RTR paths), for Sh notifications of IMS user state and S-CSCF name (TS 29.328 §6.1.4). Set with
 * {@link SubscriberStore#setRegistrationListener}.
 */
public interface RegistrationListener {
    /**
     * Whether changes are wanted now. Reporting reads every registration before it is written, so the store asks
     * first and writes without reading when no one listens.
     */
    boolean active();

    /**
     * Called after the change was committed, on the thread that stored it, with one entry per identity whose state,
     * S-CSCF name or IMPI changed (none: not called). Must return quickly and must not throw.
     */
    void changed(List<RegistrationChange> changes);
}
