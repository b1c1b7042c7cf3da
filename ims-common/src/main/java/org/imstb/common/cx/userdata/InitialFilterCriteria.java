package org.imstb.common.cx.userdata;

import java.util.Objects;

/**
 * One {@code <InitialFilterCriteria>} of a service profile (TS 29.228 Annex B/E).
 *
 * @param priority             {@code <Priority>}; lower values are evaluated first
 * @param xml                  the whole element serialised back as XML text (no declaration), for the trigger
 *                             point evaluation done later by the S-CSCF
 * @param applicationServer    {@code <ApplicationServer><ServerName>}
 * @param defaultHandling      {@code <ApplicationServer><DefaultHandling>}: {@link #SESSION_CONTINUED} (also
 *                             when absent) or {@link #SESSION_TERMINATED}
 * @param serviceInfo          {@code <ApplicationServer><ServiceInfo>} exactly as sent (not trimmed), or null
 * @param profilePartIndicator {@code <ProfilePartIndicator>}: {@link #REGISTERED}, {@link #UNREGISTERED}, or -1
 *                             when absent (the iFC applies in both cases)
 */
public record InitialFilterCriteria(int priority, String xml, String applicationServer, int defaultHandling,
                                    String serviceInfo, int profilePartIndicator) {

    /** DefaultHandling 0: continue the session when the AS cannot be reached. */
    public static final int SESSION_CONTINUED = 0;
    /** DefaultHandling 1: terminate the session when the AS cannot be reached. */
    public static final int SESSION_TERMINATED = 1;
    /** ProfilePartIndicator 0: the iFC applies to a registered user. */
    public static final int REGISTERED = 0;
    /** ProfilePartIndicator 1: the iFC applies to an unregistered user. */
    public static final int UNREGISTERED = 1;

    public InitialFilterCriteria {
        Objects.requireNonNull(xml, "xml");
        Objects.requireNonNull(applicationServer, "applicationServer");
        if (defaultHandling != SESSION_CONTINUED && defaultHandling != SESSION_TERMINATED) {
            throw new IllegalArgumentException("defaultHandling must be 0 or 1, got " + defaultHandling);
        }
        if (profilePartIndicator < -1 || profilePartIndicator > UNREGISTERED) {
            throw new IllegalArgumentException("profilePartIndicator must be -1, 0 or 1, got "
                    + profilePartIndicator);
        }
    }

    /** True when the iFC applies to a user in the given registration state (no ProfilePartIndicator: always). */
    public boolean appliesTo(boolean registered) {
        return profilePartIndicator == -1 || profilePartIndicator == (registered ? REGISTERED : UNREGISTERED);
    }
}
