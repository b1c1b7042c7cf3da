package org.imstb.hss.model;

import java.util.Objects;

/**
 * The registration of one public identity.
 *
 * @param impu      the public identity
 * @param state     registration state
 * @param scscfName the assigned S-CSCF, or null
 * @param impi      the private identity that registered it, or null
 */
public record RegistrationRecord(String impu, RegistrationState state, String scscfName, String impi) {

    public RegistrationRecord {
        Objects.requireNonNull(state, "state");
    }

    /** The record of an identity with no registration data. */
    public static RegistrationRecord notRegistered(String impu) {
        return new RegistrationRecord(impu, RegistrationState.NOT_REGISTERED, null, null);
    }
}
