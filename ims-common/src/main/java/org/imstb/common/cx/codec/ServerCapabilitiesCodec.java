package org.imstb.common.cx.codec;

import org.imstb.common.cx.ServerCapabilities;
import org.imstb.common.diameter.codec.AvpReader;
import org.imstb.common.diameter.codec.AvpWriter;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.diameter.dict.Avps;

/** Server-Capabilities grouped AVP. */
public final class ServerCapabilitiesCodec {
    private ServerCapabilitiesCodec() {
    }

    public static void write(ServerCapabilities c, AvpWriter w) {
        if (c == null) {
            return;
        }
        w.group(Avps.SERVER_CAPABILITIES, g -> {
            c.mandatory().forEach(m -> g.u32(Avps.MANDATORY_CAPABILITY, m));
            c.optional().forEach(o -> g.u32(Avps.OPTIONAL_CAPABILITY, o));
            c.serverNames().forEach(n -> g.text(Avps.SERVER_NAME, n));
        });
    }

    public static ServerCapabilities read(AvpReader r) throws DiameterDecodeException {
        AvpReader g = r.group(Avps.SERVER_CAPABILITIES);
        if (g == null) {
            return null;
        }
        return new ServerCapabilities(g.u32s(Avps.MANDATORY_CAPABILITY), g.u32s(Avps.OPTIONAL_CAPABILITY),
                g.texts(Avps.SERVER_NAME));
    }
}
