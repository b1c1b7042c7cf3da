package org.imstb.common.cx;

/** Server-Assignment-Type (TS 29.229 §6.3.15); ordinal = wire value. */
public enum ServerAssignmentType {
    NO_ASSIGNMENT, REGISTRATION, RE_REGISTRATION, UNREGISTERED_USER, TIMEOUT_DEREGISTRATION, USER_DEREGISTRATION,
    TIMEOUT_DEREGISTRATION_STORE_SERVER_NAME, USER_DEREGISTRATION_STORE_SERVER_NAME, ADMINISTRATIVE_DEREGISTRATION,
    AUTHENTICATION_FAILURE, AUTHENTICATION_TIMEOUT, DEREGISTRATION_TOO_MUCH_DATA, AAA_USER_DATA_REQUEST, PGW_UPDATE,
    RESTORATION;

    public static ServerAssignmentType of(long v) {
        return v >= 0 && v < values().length ? values()[(int) v] : null;
    }

    /** The types that end a registration. */
    public boolean deregisters() {
        return switch (this) {
            case TIMEOUT_DEREGISTRATION, USER_DEREGISTRATION, TIMEOUT_DEREGISTRATION_STORE_SERVER_NAME,
                    USER_DEREGISTRATION_STORE_SERVER_NAME, ADMINISTRATIVE_DEREGISTRATION,
                    DEREGISTRATION_TOO_MUCH_DATA -> true;
            default -> false;
        };
    }
}
