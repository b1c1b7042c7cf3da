package org.imstb.hss.store;

/** An operation named a private identity the store does not hold (or one without the needed credentials). */
public class UnknownIdentityException extends StoreException {
    private static final long serialVersionUID = 1L;

    public UnknownIdentityException(String message) {
        super(message);
    }
}
