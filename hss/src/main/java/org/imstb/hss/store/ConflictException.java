package org.imstb.hss.store;

/**
 * Provisioning data clashes with the store: a duplicate subscription, private or public identity, or a reference
 * to a service profile or application server that does not exist. The message names the item; nothing was changed.
 */
public class ConflictException extends StoreException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
