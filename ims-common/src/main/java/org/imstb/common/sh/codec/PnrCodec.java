package org.imstb.common.sh.codec;

import org.imstb.common.diameter.codec.AvpReader;
import org.imstb.common.diameter.codec.AvpWriter;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.diameter.dict.Avps;
import org.imstb.common.sh.PushNotificationRequest;
import org.jdiameter.api.Message;

/** PNR: User-Identity and User-Data are mandatory (TS 29.329 §6.1.7). */
public final class PnrCodec {
    private PnrCodec() {
    }

    public static void write(PushNotificationRequest m, AvpWriter w) {
        UserIdentityCodec.write(m.userIdentity(), w);
        w.text(Avps.WILDCARDED_PUBLIC_IDENTITY, m.wildcardedPublicIdentity()).text(Avps.SH_USER_DATA, m.userData());
    }

    public static PushNotificationRequest read(Message m) throws DiameterDecodeException {
        AvpReader r = new AvpReader(m.getAvps());
        return new PushNotificationRequest(UserIdentityCodec.read(r), r.text(Avps.WILDCARDED_PUBLIC_IDENTITY),
                r.requireText(Avps.SH_USER_DATA));
    }
}
