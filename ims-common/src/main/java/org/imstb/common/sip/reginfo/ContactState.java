package org.imstb.common.sip.reginfo;

import java.util.Locale;
import java.util.Optional;

/** The {@code state} attribute of a {@code <contact>} (RFC 3680 §5.1). */
public enum ContactState {
    /** The contact is bound to the address of record. */
    ACTIVE,
    /** The binding is gone; {@link ContactEvent} says why. */
    TERMINATED;

    /** The attribute value, e.g. {@code terminated}. */
    public String xml() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant for an attribute value, if it is one. */
    public static Optional<ContactState> fromXml(String value) {
        for (ContactState s : values()) {
            if (s.xml().equals(value)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
