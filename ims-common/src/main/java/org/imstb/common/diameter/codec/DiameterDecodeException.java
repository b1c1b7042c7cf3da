package org.imstb.common.diameter.codec;

import org.imstb.common.diameter.dict.AvpDef;

/**
 * A message that cannot be decoded into its command: a mandatory AVP missing, or an AVP whose value is not valid.
 * Handlers answer 5005 (missing) or 5004 (invalid value) with Failed-AVP.
 */
public class DiameterDecodeException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient AvpDef avp;

    public DiameterDecodeException(AvpDef avp, String message) {
        super(message);
        this.avp = avp;
    }

    /** The AVP at fault. */
    public AvpDef avp() {
        return avp;
    }
}
