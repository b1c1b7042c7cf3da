package org.imstb.common.cx.codec;

import org.imstb.common.cx.MultimediaAuthRequest;
import org.imstb.common.diameter.codec.AvpReader;
import org.imstb.common.diameter.codec.AvpWriter;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.diameter.dict.Avps;
import org.jdiameter.api.Message;

/** MAR: User-Name, Public-Identity, SIP-Auth-Data-Item, SIP-Number-Auth-Items, Server-Name (TS 29.229 §6.1.7). */
public final class MarCodec {
    private MarCodec() {
    }

    public static void write(MultimediaAuthRequest m, AvpWriter w) {
        w.text(Avps.USER_NAME, m.userName()).text(Avps.PUBLIC_IDENTITY, m.publicIdentity())
                .u32(Avps.SIP_NUMBER_AUTH_ITEMS, m.numberAuthItems())
                .group(Avps.SIP_AUTH_DATA_ITEM, g -> g.text(Avps.SIP_AUTHENTICATION_SCHEME, m.scheme())
                        .octets(Avps.SIP_AUTHORIZATION, m.authorization()))
                .text(Avps.SERVER_NAME, m.serverName());
    }

    public static MultimediaAuthRequest read(Message m) throws DiameterDecodeException {
        AvpReader r = new AvpReader(m.getAvps());
        String user = r.requireText(Avps.USER_NAME);
        String impu = r.requireText(Avps.PUBLIC_IDENTITY);
        AvpReader item = r.requireGroup(Avps.SIP_AUTH_DATA_ITEM);
        long n = r.requireU32(Avps.SIP_NUMBER_AUTH_ITEMS);
        String server = r.requireText(Avps.SERVER_NAME);
        if (n < 1 || n > 16) {
            throw new DiameterDecodeException(Avps.SIP_NUMBER_AUTH_ITEMS, "SIP-Number-Auth-Items must be 1..16");
        }
        return new MultimediaAuthRequest(user, impu, server, (int) n, item.text(Avps.SIP_AUTHENTICATION_SCHEME),
                item.octets(Avps.SIP_AUTHORIZATION));
    }
}
