package org.imstb.scscf.registrar;

/** A REGISTER with the Call-ID of a binding and a CSeq not above it (RFC 3261 §10.3 step 7: answer 500). */
public final class OutOfOrderException extends Exception {
    public OutOfOrderException(String contactUri) {
        super("REGISTER out of order for " + contactUri);
    }
}
