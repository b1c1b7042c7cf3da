package org.imstb.hss.store;

/** The subscriber store failed (database unreachable, schema problem, SQL error). */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
