package org.imstb.common.cx.codec;

import org.imstb.common.cx.PushProfileRequest;
import org.imstb.common.diameter.codec.AvpReader;
import org.imstb.common.diameter.codec.AvpWriter;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.diameter.dict.Avps;
import org.jdiameter.api.Message;

/** PPR: User-Name mandatory, User-Data when the profile changed (TS 29.229 §6.1.11). */
public final class PprCodec {
    private PprCodec() {
    }

    public static void write(PushProfileRequest m, AvpWriter w) {
        w.text(Avps.USER_NAME, m.userName()).text(Avps.USER_DATA, m.userData());
    }

    public static PushProfileRequest read(Message m) throws DiameterDecodeException {
        AvpReader r = new AvpReader(m.getAvps());
        return new PushProfileRequest(r.requireText(Avps.USER_NAME), r.text(Avps.USER_DATA));
    }
}
