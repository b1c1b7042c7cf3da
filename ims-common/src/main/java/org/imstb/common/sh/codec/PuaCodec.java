package org.imstb.common.sh.codec;

import org.imstb.common.diameter.codec.AvpReader;
import org.imstb.common.diameter.codec.AvpWriter;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.diameter.dict.Avps;
import org.imstb.common.sh.DataReference;
import org.imstb.common.sh.ProfileUpdateAnswer;
import org.imstb.common.sh.RepositoryDataId;
import org.jdiameter.api.Message;

/** PUA (TS 29.329 §6.1.4), with Repository-Data-ID {Service-Indication, Sequence-Number} (§6.3.24). */
public final class PuaCodec {
    private PuaCodec() {
    }

    /** The body after the result. */
    public static void write(ProfileUpdateAnswer m, AvpWriter w) {
        w.text(Avps.WILDCARDED_PUBLIC_IDENTITY, m.wildcardedPublicIdentity());
        RepositoryDataId id = m.repositoryDataId();
        if (id != null) {
            w.group(Avps.REPOSITORY_DATA_ID, g -> g.text(Avps.SERVICE_INDICATION, id.serviceIndication())
                    .u32(Avps.SEQUENCE_NUMBER, id.sequenceNumber()));
        }
        w.enumerated(Avps.DATA_REFERENCE, m.dataReference() == null ? null : m.dataReference().code());
    }

    public static ProfileUpdateAnswer read(Message m) throws DiameterDecodeException {
        AvpReader r = new AvpReader(m.getAvps());
        AvpReader g = r.group(Avps.REPOSITORY_DATA_ID);
        RepositoryDataId id = g == null ? null
                : new RepositoryDataId(g.requireText(Avps.SERVICE_INDICATION), g.requireU32(Avps.SEQUENCE_NUMBER));
        Long ref = r.u32(Avps.DATA_REFERENCE);
        return new ProfileUpdateAnswer(Results.of(m), r.text(Avps.WILDCARDED_PUBLIC_IDENTITY), id,
                ref == null ? null : DataReference.of(ref));
    }
}
