package org.imstb.common.sip.reginfo;

import java.util.Locale;
import java.util.Optional;

/** The {@code state} attribute of a {@code <registration>} (RFC 3680 §5.1). */
public enum RegState {
    /** No contacts are bound yet (the registration is being set up). */
    INIT,
    /** At least one contact is bound. */
    ACTIVE,
    /** The last contact was removed; the registration no longer exists. */
    TERMINATED;

    /** The attribute value, e.g. {@code active}. */
    public String xml() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant for an attribute value, if it is one. */
    public static Optional<RegState> fromXml(String value) {
        for (RegState s : values()) {
            if (s.xml().equals(value)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
