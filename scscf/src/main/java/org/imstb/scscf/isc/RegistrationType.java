package org.imstb.scscf.isc;

/**
 * The kind of a REGISTER, as an SPT's {@code <Extension><RegistrationType>} names it (TS 29.228 Annex B.2.2,
 * tRegistrationType in Annex E): initial registration, re-registration or de-registration.
 */
public enum RegistrationType {
    INITIAL(0),
    REREGISTRATION(1),
    DEREGISTRATION(2);

    private final int code;

    RegistrationType(int code) {
        this.code = code;
    }

    /** The {@code <RegistrationType>} value, 0..2. */
    public int code() {
        return code;
    }

    /** The type with value {@code c}, or null when {@code c} is not 0..2. */
    static RegistrationType ofCode(int c) {
        for (RegistrationType t : values()) {
            if (t.code == c) {
                return t;
            }
        }
        return null;
    }
}
