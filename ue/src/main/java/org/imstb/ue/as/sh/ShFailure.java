package org.imstb.ue.as.sh;

import org.imstb.common.diameter.dict.DiameterResult;

/** An Sh request answered with a result other than success: the command and the HSS's result. */
public final class ShFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient DiameterResult result;

    public ShFailure(String command, String identity, DiameterResult result) {
        super(command + " for " + identity + ": " + result);
        this.result = result;
    }

    /** The answer's Result-Code or Experimental-Result. */
    public DiameterResult result() {
        return result;
    }
}
