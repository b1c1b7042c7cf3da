package org.imstb.common.cx.codec;

import org.imstb.common.cx.RegistrationTerminationRequest;
import org.imstb.common.diameter.codec.AvpReader;
import org.imstb.common.diameter.codec.AvpWriter;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.diameter.dict.Avps;
import org.jdiameter.api.Message;

/** RTR: User-Name and Deregistration-Reason mandatory (TS 29.229 §6.1.9). */
public final class RtrCodec {
    private RtrCodec() {
    }

    public static void write(RegistrationTerminationRequest m, AvpWriter w) {
        w.text(Avps.USER_NAME, m.userName());
        m.publicIdentities().forEach(p -> w.text(Avps.PUBLIC_IDENTITY, p));
        w.group(Avps.DEREGISTRATION_REASON, g -> g.enumerated(Avps.REASON_CODE, m.reasonCode())
                .text(Avps.REASON_INFO, m.reasonInfo()));
    }

    public static RegistrationTerminationRequest read(Message m) throws DiameterDecodeException {
        AvpReader r = new AvpReader(m.getAvps());
        String user = r.requireText(Avps.USER_NAME);
        AvpReader reason = r.requireGroup(Avps.DEREGISTRATION_REASON);
        return new RegistrationTerminationRequest(user, r.texts(Avps.PUBLIC_IDENTITY),
                (int) reason.requireU32(Avps.REASON_CODE), reason.text(Avps.REASON_INFO));
    }
}
