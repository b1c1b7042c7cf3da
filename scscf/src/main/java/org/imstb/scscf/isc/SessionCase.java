package org.imstb.scscf.isc;

/**
 * The session case an iFC is evaluated for: the values of {@code <SessionCase>} (TS 29.228 Annex B, tDirectionOfRequest
 * in Annex E) and, for the P-Served-User header field sent to the AS, its {@code sescase} and {@code regstate}
 * parameters (RFC 5502 §6, TS 24.229 §5.4.3.2/§5.4.3.3).
 */
public enum SessionCase {
    /** ORIGINATING_REGISTERED: a request from a registered served user. */
    ORIGINATING(0),
    /** TERMINATING_REGISTERED: a request to a registered served user. */
    TERMINATING_REGISTERED(1),
    /** TERMINATING_UNREGISTERED: a request to an unregistered served user. */
    TERMINATING_UNREGISTERED(2),
    /** ORIGINATING_UNREGISTERED: a request on behalf of an unregistered served user (e.g. from an AS). */
    ORIGINATING_UNREGISTERED(3),
    /** ORIGINATING_CDIV: originating services of a served user who diverted a terminating request. */
    ORIGINATING_CDIV(4);

    private final int code;

    SessionCase(int code) {
        this.code = code;
    }

    /** The {@code <SessionCase>} value, 0..4. */
    public int code() {
        return code;
    }

    /**
     * The session case with {@code <SessionCase>} value {@code c}.
     *
     * @throws IllegalArgumentException when {@code c} is not 0..4
     */
    public static SessionCase byCode(int c) {
        for (SessionCase s : values()) {
            if (s.code == c) {
                return s;
            }
        }
        throw new IllegalArgumentException("SessionCase must be 0..4, got " + c);
    }

    /** The P-Served-User {@code sescase} parameter: "orig" for the originating cases (CDIV too), else "term". */
    public String sescase() {
        return switch (this) {
            case ORIGINATING, ORIGINATING_UNREGISTERED, ORIGINATING_CDIV -> "orig";
            case TERMINATING_REGISTERED, TERMINATING_UNREGISTERED -> "term";
        };
    }

    /**
     * The P-Served-User {@code regstate} parameter: "unreg" for the two unregistered cases, else "reg". For
     * {@link #ORIGINATING_CDIV} the case alone does not tell whether the diverting user is registered; "reg" is
     * returned, and a caller that knows the user is unregistered should send "unreg" itself.
     */
    public String regstate() {
        return switch (this) {
            case TERMINATING_UNREGISTERED, ORIGINATING_UNREGISTERED -> "unreg";
            case ORIGINATING, TERMINATING_REGISTERED, ORIGINATING_CDIV -> "reg";
        };
    }
}
