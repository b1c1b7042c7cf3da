package org.imstb.common.cx.codec;

import org.imstb.common.cx.UserAuthorizationRequest;
import org.imstb.common.cx.UserAuthorizationType;
import org.imstb.common.diameter.codec.AvpReader;
import org.imstb.common.diameter.codec.AvpWriter;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.diameter.dict.Avps;
import org.jdiameter.api.Message;

/** UAR: User-Name, Public-Identity and Visited-Network-Identifier are mandatory (TS 29.229 §6.1.1). */
public final class UarCodec {
    private UarCodec() {
    }

    public static void write(UserAuthorizationRequest m, AvpWriter w) {
        w.text(Avps.USER_NAME, m.userName()).text(Avps.PUBLIC_IDENTITY, m.publicIdentity())
                .text(Avps.VISITED_NETWORK_IDENTIFIER, m.visitedNetworkId())
                .enumerated(Avps.USER_AUTHORIZATION_TYPE, m.type() == null ? null : m.type().ordinal());
    }

    public static UserAuthorizationRequest read(Message m) throws DiameterDecodeException {
        AvpReader r = new AvpReader(m.getAvps());
        String user = r.requireText(Avps.USER_NAME);
        String impu = r.requireText(Avps.PUBLIC_IDENTITY);
        String visited = r.requireText(Avps.VISITED_NETWORK_IDENTIFIER);
        Long t = r.u32(Avps.USER_AUTHORIZATION_TYPE);
        UserAuthorizationType type = t == null ? UserAuthorizationType.REGISTRATION : UserAuthorizationType.of(t);
        if (type == null) {
            throw new DiameterDecodeException(Avps.USER_AUTHORIZATION_TYPE, "unknown User-Authorization-Type " + t);
        }
        return new UserAuthorizationRequest(user, impu, visited, type);
    }
}
