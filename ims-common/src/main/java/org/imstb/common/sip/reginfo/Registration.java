package org.imstb.common.sip.reginfo;

import java.util.List;
import java.util.Objects;

/**
 * A {@code <registration>}: one address of record (in IMS, one public user identity) and its contacts
 * (RFC 3680 §5.1).
 *
 * @param aor      {@code aor} attribute: the address of record (a SIP or tel URI)
 * @param id       {@code id} attribute, stable for the registration across notifications
 * @param state    {@code state} attribute
 * @param contacts the {@code <contact>} elements in document order
 */
public record Registration(String aor, String id, RegState state, List<Contact> contacts) {

    public Registration {
        Objects.requireNonNull(aor, "aor");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        contacts = List.copyOf(contacts);
    }
}
