package org.imstb.common.sh.codec;

import org.imstb.common.diameter.codec.AvpReader;
import org.imstb.common.diameter.codec.AvpWriter;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.diameter.dict.Avps;
import org.imstb.common.sh.SubscribeNotificationsAnswer;
import org.jdiameter.api.Message;

/** SNA (TS 29.329 §6.1.6). */
public final class SnaCodec {
    private SnaCodec() {
    }

    /** The body after the result. */
    public static void write(SubscribeNotificationsAnswer m, AvpWriter w) {
        w.text(Avps.WILDCARDED_PUBLIC_IDENTITY, m.wildcardedPublicIdentity()).text(Avps.SH_USER_DATA, m.userData())
                .time(Avps.EXPIRY_TIME, m.expiryTime());
    }

    public static SubscribeNotificationsAnswer read(Message m) throws DiameterDecodeException {
        AvpReader r = new AvpReader(m.getAvps());
        return new SubscribeNotificationsAnswer(Results.of(m), r.text(Avps.WILDCARDED_PUBLIC_IDENTITY),
                r.text(Avps.SH_USER_DATA), r.time(Avps.EXPIRY_TIME));
    }
}
