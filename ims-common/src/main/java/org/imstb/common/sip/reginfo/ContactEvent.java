package org.imstb.common.sip.reginfo;

import java.util.Locale;
import java.util.Optional;

/**
 * The {@code event} attribute of a {@code <contact>}: what moved it into its state (RFC 3680 §5.1). REGISTERED,
 * CREATED, REFRESHED and SHORTENED lead to (or keep) {@link ContactState#ACTIVE}; EXPIRED, DEACTIVATED, PROBATION,
 * UNREGISTERED and REJECTED to {@link ContactState#TERMINATED}.
 */
public enum ContactEvent {
    /** Bound by a REGISTER. */
    REGISTERED,
    /** Bound administratively (or by the network, not by a REGISTER). */
    CREATED,
    /** Refreshed by a REGISTER. */
    REFRESHED,
    /** The registrar shortened the expiration. */
    SHORTENED,
    /** The binding timed out. */
    EXPIRED,
    /** Removed administratively; the UE should re-register (TS 24.229: network-initiated deregistration). */
    DEACTIVATED,
    /** Removed administratively; the UE should re-register only after {@code retry-after}. */
    PROBATION,
    /** Removed by a REGISTER with expires 0. */
    UNREGISTERED,
    /** Removed administratively; the UE should not re-register. */
    REJECTED;

    /** The attribute value, e.g. {@code deactivated}. */
    public String xml() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant for an attribute value, if it is one. */
    public static Optional<ContactEvent> fromXml(String value) {
        for (ContactEvent e : values()) {
            if (e.xml().equals(value)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
