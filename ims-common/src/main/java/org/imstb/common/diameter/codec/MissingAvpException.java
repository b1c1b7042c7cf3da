package org.imstb.common.diameter.codec;

import org.imstb.common.diameter.dict.AvpDef;

/** A mandatory AVP is absent: answered with DIAMETER_MISSING_AVP (5005) and a Failed-AVP naming it. */
public final class MissingAvpException extends DiameterDecodeException {
    private static final long serialVersionUID = 1L;

    public MissingAvpException(AvpDef avp) {
        super(avp, "missing mandatory AVP " + avp.name());
    }
}
