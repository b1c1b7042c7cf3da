package org.imstb.common.cx.codec;

import org.imstb.common.cx.RegistrationTerminationAnswer;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.jdiameter.api.Message;

/** RTA (TS 29.229 §6.1.10). */
public final class RtaCodec {
    private RtaCodec() {
    }

    public static RegistrationTerminationAnswer read(Message m) throws DiameterDecodeException {
        return new RegistrationTerminationAnswer(Results.of(m));
    }
}
