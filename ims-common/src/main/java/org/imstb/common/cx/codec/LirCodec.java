package org.imstb.common.cx.codec;

import org.imstb.common.cx.LocationInfoRequest;
import org.imstb.common.cx.UserAuthorizationType;
import org.imstb.common.diameter.codec.AvpReader;
import org.imstb.common.diameter.codec.AvpWriter;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.diameter.dict.Avps;
import org.jdiameter.api.Message;

/** LIR: Public-Identity mandatory (TS 29.229 §6.1.5). */
public final class LirCodec {
    private LirCodec() {
    }

    public static void write(LocationInfoRequest m, AvpWriter w) {
        w.enumerated(Avps.ORIGINATING_REQUEST, m.originating() ? 0 : null)
                .text(Avps.PUBLIC_IDENTITY, m.publicIdentity())
                .enumerated(Avps.USER_AUTHORIZATION_TYPE, m.type() == null ? null : m.type().ordinal());
    }

    public static LocationInfoRequest read(Message m) throws DiameterDecodeException {
        AvpReader r = new AvpReader(m.getAvps());
        String impu = r.requireText(Avps.PUBLIC_IDENTITY);
        Long t = r.u32(Avps.USER_AUTHORIZATION_TYPE);
        return new LocationInfoRequest(impu, r.has(Avps.ORIGINATING_REQUEST),
                t == null ? null : UserAuthorizationType.of(t));
    }
}
