package org.imstb.common.diameter.stack;

/** No answer arrived in time (the peer is down or slow): CSCFs map this to 480/504 per TS 24.229. */
public final class DiameterTimeoutException extends Exception {
    private static final long serialVersionUID = 1L;

    public DiameterTimeoutException(String message) {
        super(message);
    }
}
