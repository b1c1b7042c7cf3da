package org.imstb.hss.model;

import java.util.Objects;

/**
 * A change of the registration of one public identity, as stored by the Cx procedures (SAR, MAR, RTR).
 *
 * @param before the registration before the change
 * @param after  the registration after it
 */
public record RegistrationChange(RegistrationRecord before, RegistrationRecord after) {
    public RegistrationChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** The identity, as stored. */
    public String impu() {
        return after.impu();
    }
}
