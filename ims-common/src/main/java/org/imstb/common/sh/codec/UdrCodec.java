package org.imstb.common.sh.codec;

import org.imstb.common.diameter.codec.AvpReader;
import org.imstb.common.diameter.codec.AvpWriter;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.diameter.dict.Avps;
import org.imstb.common.sh.UserDataRequest;
import org.jdiameter.api.Message;

/** UDR: User-Identity and at least one Data-Reference are mandatory (TS 29.329 §6.1.1). */
public final class UdrCodec {
    private UdrCodec() {
    }

    public static void write(UserDataRequest m, AvpWriter w) {
        UserIdentityCodec.write(m.userIdentity(), w);
        w.text(Avps.WILDCARDED_PUBLIC_IDENTITY, m.wildcardedPublicIdentity()).text(Avps.SERVER_NAME, m.serverName());
        m.serviceIndications().forEach(s -> w.text(Avps.SERVICE_INDICATION, s));
        Lists.writeDataReferences(m.dataReferences(), w);
        Lists.writeIdentitySets(m.identitySets(), w);
    }

    public static UserDataRequest read(Message m) throws DiameterDecodeException {
        AvpReader r = new AvpReader(m.getAvps());
        return new UserDataRequest(UserIdentityCodec.read(r), r.text(Avps.WILDCARDED_PUBLIC_IDENTITY),
                r.text(Avps.SERVER_NAME), r.texts(Avps.SERVICE_INDICATION), Lists.dataReferences(r),
                Lists.identitySets(r));
    }
}
