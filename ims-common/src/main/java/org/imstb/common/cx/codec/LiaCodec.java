package org.imstb.common.cx.codec;

import org.imstb.common.cx.LocationInfoAnswer;
import org.imstb.common.diameter.codec.AvpReader;
import org.imstb.common.diameter.codec.AvpWriter;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.diameter.dict.Avps;
import org.jdiameter.api.Message;

/** LIA (TS 29.229 §6.1.6). */
public final class LiaCodec {
    private LiaCodec() {
    }

    public static void write(LocationInfoAnswer m, AvpWriter w) {
        w.text(Avps.SERVER_NAME, m.serverName());
        ServerCapabilitiesCodec.write(m.capabilities(), w);
        w.text(Avps.WILDCARDED_PUBLIC_IDENTITY, m.wildcardedPublicIdentity());
    }

    public static LocationInfoAnswer read(Message m) throws DiameterDecodeException {
        AvpReader r = new AvpReader(m.getAvps());
        return new LocationInfoAnswer(Results.of(m), r.text(Avps.SERVER_NAME), ServerCapabilitiesCodec.read(r),
                r.text(Avps.WILDCARDED_PUBLIC_IDENTITY));
    }
}
