package org.imstb.common.sh.codec;

import org.imstb.common.diameter.codec.AvpReader;
import org.imstb.common.diameter.codec.AvpWriter;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.diameter.dict.Avps;
import org.imstb.common.sh.ProfileUpdateRequest;
import org.jdiameter.api.Message;

/**
 * PUR: User-Identity, Data-Reference and User-Data are mandatory (TS 29.329 §6.1.3). Of several Data-Reference AVPs
 * the first is taken.
 */
public final class PurCodec {
    private PurCodec() {
    }

    public static void write(ProfileUpdateRequest m, AvpWriter w) {
        UserIdentityCodec.write(m.userIdentity(), w);
        w.text(Avps.WILDCARDED_PUBLIC_IDENTITY, m.wildcardedPublicIdentity())
                .enumerated(Avps.DATA_REFERENCE, m.dataReference().code())
                .text(Avps.SH_USER_DATA, m.userData());
    }

    public static ProfileUpdateRequest read(Message m) throws DiameterDecodeException {
        AvpReader r = new AvpReader(m.getAvps());
        return new ProfileUpdateRequest(UserIdentityCodec.read(r), r.text(Avps.WILDCARDED_PUBLIC_IDENTITY),
                Lists.dataReferences(r).get(0), r.requireText(Avps.SH_USER_DATA));
    }
}
