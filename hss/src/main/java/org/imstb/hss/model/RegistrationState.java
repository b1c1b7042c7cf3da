package org.imstb.hss.model;

/** Registration state of a public identity in the HSS (TS 29.228 §6.1.2 IMS user states). */
public enum RegistrationState {
    /** Not registered and no S-CSCF holds services for it (an S-CSCF name may still be kept). */
    NOT_REGISTERED(0),
    /** Registered by a UE through the assigned S-CSCF. */
    REGISTERED(1),
    /** Not registered, but an S-CSCF was assigned to serve it (unregistered services). */
    UNREGISTERED(2);

    private final int code;

    RegistrationState(int code) {
        this.code = code;
    }

    /** Stored value. */
    public int code() {
        return code;
    }

    /** The state stored as {@code code}. */
    public static RegistrationState ofCode(int code) {
        for (RegistrationState s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown registration state " + code);
    }
}
