package org.imstb.common.sip.reginfo;

import java.util.Objects;

/**
 * A {@code <contact>} of a registration (RFC 3680 §5.1). Attributes this model does not hold (q, callid, cseq,
 * duration-registered, retry-after) and extension elements are dropped on decoding.
 *
 * @param id          {@code id} attribute, stable for the binding across notifications
 * @param state       {@code state} attribute
 * @param event       {@code event} attribute
 * @param expires     {@code expires} attribute in seconds, or null when absent
 * @param uri         the {@code <uri>} element: the bound contact address
 * @param displayName the {@code <display-name>} element, or null
 */
public record Contact(String id, ContactState state, ContactEvent event, Integer expires, String uri,
                      String displayName) {

    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(uri, "uri");
        if (expires != null && expires < 0) {
            throw new IllegalArgumentException("expires must be >= 0, got " + expires);
        }
    }
}
