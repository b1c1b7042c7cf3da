package org.imstb.common.sip.reginfo;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code <reginfo>} document, the body of a reg event NOTIFY (RFC 3680 §5.1).
 *
 * @param version       {@code version} attribute: incremented by one for each notification of a subscription
 * @param state         {@code state} attribute: a full document or a partial one (only what changed)
 * @param registrations the {@code <registration>} elements in document order
 */
public record Reginfo(int version, State state, List<Registration> registrations) {

    /** The {@code state} attribute of {@code <reginfo>}. */
    public enum State {
        /** The document holds the whole registration state of the resource. */
        FULL,
        /** The document holds only the registrations and contacts that changed. */
        PARTIAL;

        /** The attribute value, e.g. {@code full}. */
        public String xml() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The constant for an attribute value, if it is one. */
        public static Optional<State> fromXml(String value) {
            for (State s : values()) {
                if (s.xml().equals(value)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    public Reginfo {
        Objects.requireNonNull(state, "state");
        registrations = List.copyOf(registrations);
        if (version < 0) {
            throw new IllegalArgumentException("version must be >= 0, got " + version);
        }
    }

    /** The registration of {@code aor}, if the document holds one. */
    public Optional<Registration> registration(String aor) {
        return registrations.stream().filter(r -> r.aor().equals(aor)).findFirst();
    }
}
