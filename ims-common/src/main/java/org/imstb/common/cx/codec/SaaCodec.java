package org.imstb.common.cx.codec;

import org.imstb.common.cx.ServerAssignmentAnswer;
import org.imstb.common.diameter.codec.AvpReader;
import org.imstb.common.diameter.codec.AvpWriter;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.diameter.dict.Avps;
import org.jdiameter.api.Message;

/** SAA (TS 29.229 §6.1.4). */
public final class SaaCodec {
    private SaaCodec() {
    }

    public static void write(ServerAssignmentAnswer m, AvpWriter w) {
        w.text(Avps.USER_NAME, m.userName()).text(Avps.USER_DATA, m.userData());
    }

    public static ServerAssignmentAnswer read(Message m) throws DiameterDecodeException {
        AvpReader r = new AvpReader(m.getAvps());
        return new ServerAssignmentAnswer(Results.of(m), r.text(Avps.USER_NAME), r.text(Avps.USER_DATA));
    }
}
