package org.imstb.common.cx.codec;

import org.imstb.common.cx.PushProfileAnswer;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.jdiameter.api.Message;

/** PPA (TS 29.229 §6.1.12). */
public final class PpaCodec {
    private PpaCodec() {
    }

    public static PushProfileAnswer read(Message m) throws DiameterDecodeException {
        return new PushProfileAnswer(Results.of(m));
    }
}
