package org.imstb.common.sh.codec;

import org.imstb.common.diameter.codec.AvpReader;
import org.imstb.common.diameter.codec.AvpWriter;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.diameter.dict.Avps;
import org.imstb.common.sh.UserDataAnswer;
import org.jdiameter.api.Message;

/** UDA (TS 29.329 §6.1.2). */
public final class UdaCodec {
    private UdaCodec() {
    }

    /** The body after the result (the result itself is set when the answer is created). */
    public static void write(UserDataAnswer m, AvpWriter w) {
        w.text(Avps.WILDCARDED_PUBLIC_IDENTITY, m.wildcardedPublicIdentity()).text(Avps.SH_USER_DATA, m.userData());
    }

    public static UserDataAnswer read(Message m) throws DiameterDecodeException {
        AvpReader r = new AvpReader(m.getAvps());
        return new UserDataAnswer(Results.of(m), r.text(Avps.WILDCARDED_PUBLIC_IDENTITY), r.text(Avps.SH_USER_DATA));
    }
}
