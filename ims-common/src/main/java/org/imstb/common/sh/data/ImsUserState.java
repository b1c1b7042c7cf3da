package org.imstb.common.sh.data;

/** IMSUserState of Sh-IMS-Data (TS 29.328 Annex C, tIMSUserState); {@link #code()} is the XML value. */
public enum ImsUserState {
    NOT_REGISTERED(0), REGISTERED(1), REGISTERED_UNREG_SERVICES(2), AUTHENTICATION_PENDING(3);

    private final int code;

    ImsUserState(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The state with XML value {@code code}, or null. */
    public static ImsUserState of(int code) {
        for (ImsUserState s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        return null;
    }
}
