package org.imstb.common.sh.codec;

import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.sh.PushNotificationAnswer;
import org.jdiameter.api.Message;

/** PNA (TS 29.329 §6.1.8): only the result. */
public final class PnaCodec {
    private PnaCodec() {
    }

    public static PushNotificationAnswer read(Message m) throws DiameterDecodeException {
        return new PushNotificationAnswer(Results.of(m));
    }
}
