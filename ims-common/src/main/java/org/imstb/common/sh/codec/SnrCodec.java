package org.imstb.common.sh.codec;

import org.imstb.common.diameter.codec.AvpReader;
import org.imstb.common.diameter.codec.AvpWriter;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.diameter.dict.Avps;
import org.imstb.common.sh.SubsReqType;
import org.imstb.common.sh.SubscribeNotificationsRequest;
import org.jdiameter.api.Message;

/**
 * SNR: User-Identity, Subs-Req-Type and at least one Data-Reference are mandatory (TS 29.329 §6.1.5).
 * Send-Data-Indication USER_DATA_REQUESTED (1) and One-Time-Notification ONE_TIME_NOTIFICATION_REQUESTED (0) are
 * written only when asked for.
 */
public final class SnrCodec {
    private SnrCodec() {
    }

    public static void write(SubscribeNotificationsRequest m, AvpWriter w) {
        UserIdentityCodec.write(m.userIdentity(), w);
        w.text(Avps.WILDCARDED_PUBLIC_IDENTITY, m.wildcardedPublicIdentity());
        m.serviceIndications().forEach(s -> w.text(Avps.SERVICE_INDICATION, s));
        w.enumerated(Avps.SEND_DATA_INDICATION, m.sendData() ? 1 : null).text(Avps.SERVER_NAME, m.serverName())
                .enumerated(Avps.SUBS_REQ_TYPE, m.type().ordinal());
        Lists.writeDataReferences(m.dataReferences(), w);
        Lists.writeIdentitySets(m.identitySets(), w);
        w.time(Avps.EXPIRY_TIME, m.expiryTime()).enumerated(Avps.ONE_TIME_NOTIFICATION,
                m.oneTimeNotification() ? 0 : null);
    }

    public static SubscribeNotificationsRequest read(Message m) throws DiameterDecodeException {
        AvpReader r = new AvpReader(m.getAvps());
        var identity = UserIdentityCodec.read(r);
        long t = r.requireU32(Avps.SUBS_REQ_TYPE);
        SubsReqType type = SubsReqType.of(t);
        if (type == null) {
            throw new DiameterDecodeException(Avps.SUBS_REQ_TYPE, "unknown Subs-Req-Type " + t);
        }
        Long send = r.u32(Avps.SEND_DATA_INDICATION);
        return new SubscribeNotificationsRequest(identity, r.text(Avps.WILDCARDED_PUBLIC_IDENTITY),
                r.texts(Avps.SERVICE_INDICATION), send != null && send == 1, r.text(Avps.SERVER_NAME), type,
                Lists.dataReferences(r), Lists.identitySets(r), r.time(Avps.EXPIRY_TIME),
                r.has(Avps.ONE_TIME_NOTIFICATION));
    }
}
