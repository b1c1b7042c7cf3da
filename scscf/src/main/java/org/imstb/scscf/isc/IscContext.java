package org.imstb.scscf.isc;

import java.util.Objects;

import org.imstb.common.cx.userdata.ServiceProfile;

/**
 * Where one request stands in its chain of application servers (TS 24.229 §5.4.3.2 step 4, §5.4.3.3 step 4): whose
 * services run (the served user), in which session case, with which service profile, after which iFC (its position
 * in priority order; -1 before the first) and after how many AS invocations. Kept by the S-CSCF under an original
 * dialog identifier while an AS has the request. Immutable.
 *
 * @param servedUser  the public identity whose iFCs apply
 * @param sessionCase originating or terminating, registered or not
 * @param registered  whether the served user is registered (selects iFCs by ProfilePartIndicator)
 * @param profile     the served user's service profile; null = no services
 * @param position    the last iFC position evaluated, -1 before the first
 * @param invocations AS invocations so far
 * @param target      the Request-URI when the chain started (a terminating AS that changes it retargets)
 */
public record IscContext(String servedUser, SessionCase sessionCase, boolean registered, ServiceProfile profile,
        int position, int invocations, String target) {

    public IscContext {
        Objects.requireNonNull(servedUser, "servedUser");
        Objects.requireNonNull(sessionCase, "sessionCase");
    }

    /** A chain that starts before the first iFC. */
    public static IscContext start(String servedUser, SessionCase sessionCase, boolean registered,
            ServiceProfile profile, String target) {
        return new IscContext(servedUser, sessionCase, registered, profile, -1, 0, target);
    }

    /** The same chain once the iFC at {@code position} has been used. */
    public IscContext after(int newPosition) {
        return new IscContext(servedUser, sessionCase, registered, profile, newPosition, invocations + 1, target);
    }

    /** True for the originating session cases. */
    public boolean originating() {
        return sessionCase == SessionCase.ORIGINATING || sessionCase == SessionCase.ORIGINATING_UNREGISTERED
                || sessionCase == SessionCase.ORIGINATING_CDIV;
    }
}
