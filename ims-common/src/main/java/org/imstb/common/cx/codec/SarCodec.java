package org.imstb.common.cx.codec;

import org.imstb.common.cx.ServerAssignmentRequest;
import org.imstb.common.cx.ServerAssignmentType;
import org.imstb.common.diameter.codec.AvpReader;
import org.imstb.common.diameter.codec.AvpWriter;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.diameter.codec.MissingAvpException;
import org.imstb.common.diameter.dict.Avps;
import org.jdiameter.api.Message;

/** SAR: Server-Name, Server-Assignment-Type, User-Data-Already-Available mandatory (TS 29.229 §6.1.3). */
public final class SarCodec {
    private SarCodec() {
    }

    public static void write(ServerAssignmentRequest m, AvpWriter w) {
        w.text(Avps.USER_NAME, m.userName());
        m.publicIdentities().forEach(p -> w.text(Avps.PUBLIC_IDENTITY, p));
        w.text(Avps.SERVER_NAME, m.serverName()).enumerated(Avps.SERVER_ASSIGNMENT_TYPE, m.type().ordinal())
                .enumerated(Avps.USER_DATA_ALREADY_AVAILABLE, m.userDataAlreadyAvailable() ? 1 : 0);
    }

    public static ServerAssignmentRequest read(Message m) throws DiameterDecodeException {
        AvpReader r = new AvpReader(m.getAvps());
        String server = r.requireText(Avps.SERVER_NAME);
        long t = r.requireU32(Avps.SERVER_ASSIGNMENT_TYPE);
        long available = r.requireU32(Avps.USER_DATA_ALREADY_AVAILABLE);
        ServerAssignmentType type = ServerAssignmentType.of(t);
        if (type == null) {
            throw new DiameterDecodeException(Avps.SERVER_ASSIGNMENT_TYPE, "unknown Server-Assignment-Type " + t);
        }
        String user = r.text(Avps.USER_NAME);
        var impus = r.texts(Avps.PUBLIC_IDENTITY);
        if (user == null && impus.isEmpty()) {
            throw new MissingAvpException(Avps.PUBLIC_IDENTITY);
        }
        return new ServerAssignmentRequest(user, impus, server, type, available == 1);
    }
}
