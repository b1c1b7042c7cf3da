package org.imstb.common.cx.codec;

import java.util.ArrayList;
import java.util.List;
import org.imstb.common.cx.MultimediaAuthAnswer;
import org.imstb.common.cx.SipAuthDataItem;
import org.imstb.common.diameter.codec.AvpReader;
import org.imstb.common.diameter.codec.AvpWriter;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.diameter.dict.Avps;
import org.jdiameter.api.Message;

/** MAA (TS 29.229 §6.1.8), with SIP-Auth-Data-Items for Digest-AKAv1-MD5 and SIP Digest (§6.3.13, §6.3.36). */
public final class MaaCodec {
    private MaaCodec() {
    }

    public static void write(MultimediaAuthAnswer m, AvpWriter w) {
        w.text(Avps.USER_NAME, m.userName()).text(Avps.PUBLIC_IDENTITY, m.publicIdentity());
        if (!m.items().isEmpty()) {
            w.u32(Avps.SIP_NUMBER_AUTH_ITEMS, m.items().size());
        }
        for (SipAuthDataItem i : m.items()) {
            w.group(Avps.SIP_AUTH_DATA_ITEM, g -> {
                g.u32(Avps.SIP_ITEM_NUMBER, i.itemNumber()).text(Avps.SIP_AUTHENTICATION_SCHEME, i.scheme())
                        .octets(Avps.SIP_AUTHENTICATE, i.authenticate()).octets(Avps.SIP_AUTHORIZATION, i.authorization())
                        .octets(Avps.CONFIDENTIALITY_KEY, i.ck()).octets(Avps.INTEGRITY_KEY, i.ik());
                if (i.digestHa1() != null) {
                    g.group(Avps.SIP_DIGEST_AUTHENTICATE, d -> d.text(Avps.DIGEST_REALM, i.digestRealm())
                            .text(Avps.DIGEST_ALGORITHM, i.digestAlgorithm()).text(Avps.DIGEST_QOP, i.digestQop())
                            .text(Avps.DIGEST_HA1, i.digestHa1()));
                }
            });
        }
    }

    public static MultimediaAuthAnswer read(Message m) throws DiameterDecodeException {
        AvpReader r = new AvpReader(m.getAvps());
        List<SipAuthDataItem> items = new ArrayList<>();
        for (AvpReader g : r.groups(Avps.SIP_AUTH_DATA_ITEM)) {
            Long n = g.u32(Avps.SIP_ITEM_NUMBER);
            AvpReader d = g.group(Avps.SIP_DIGEST_AUTHENTICATE);
            items.add(new SipAuthDataItem(n == null ? items.size() + 1 : n.intValue(),
                    g.text(Avps.SIP_AUTHENTICATION_SCHEME), g.octets(Avps.SIP_AUTHENTICATE),
                    g.octets(Avps.SIP_AUTHORIZATION), g.octets(Avps.CONFIDENTIALITY_KEY), g.octets(Avps.INTEGRITY_KEY),
                    d == null ? null : d.text(Avps.DIGEST_REALM), d == null ? null : d.text(Avps.DIGEST_ALGORITHM),
                    d == null ? null : d.text(Avps.DIGEST_QOP), d == null ? null : d.text(Avps.DIGEST_HA1)));
        }
        return new MultimediaAuthAnswer(Results.of(m), r.text(Avps.USER_NAME), r.text(Avps.PUBLIC_IDENTITY), items);
    }
}
