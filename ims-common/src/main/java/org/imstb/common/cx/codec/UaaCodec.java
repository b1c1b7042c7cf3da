package org.imstb.common.cx.codec;

import org.imstb.common.cx.UserAuthorizationAnswer;
import org.imstb.common.diameter.codec.AvpReader;
import org.imstb.common.diameter.codec.AvpWriter;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.diameter.dict.Avps;
import org.jdiameter.api.Message;

/** UAA (TS 29.229 §6.1.2). */
public final class UaaCodec {
    private UaaCodec() {
    }

    /** The body after the result (the result itself is set when the answer is created). */
    public static void write(UserAuthorizationAnswer m, AvpWriter w) {
        w.text(Avps.SERVER_NAME, m.serverName());
        ServerCapabilitiesCodec.write(m.capabilities(), w);
    }

    public static UserAuthorizationAnswer read(Message m) throws DiameterDecodeException {
        AvpReader r = new AvpReader(m.getAvps());
        return new UserAuthorizationAnswer(Results.of(m), r.text(Avps.SERVER_NAME), ServerCapabilitiesCodec.read(r));
    }
}
