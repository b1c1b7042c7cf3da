package org.imstb.hss.sh;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.diameter.dict.DiameterResult;
import org.imstb.common.diameter.stack.Answers;
import org.imstb.common.diameter.stack.RequestHandler;
import org.imstb.common.sh.DataReference;
import org.imstb.common.sh.UserDataAnswer;
import org.imstb.common.sh.UserDataRequest;
import org.imstb.common.sh.codec.UdaCodec;
import org.imstb.common.sh.codec.UdrCodec;
import org.imstb.hss.model.PublicIdentity;
import org.jdiameter.api.Answer;
import org.jdiameter.api.Request;

/**
 * UDR → UDA (Sh-Pull, TS 29.328 §6.1.1): in this order, an AS not in {@code sh.allowedPeers} gets
 * DIAMETER_ERROR_USER_DATA_CANNOT_BE_READ (5102), an unknown identity DIAMETER_ERROR_USER_UNKNOWN (5001), a
 * Data-Reference the HSS does not hold DIAMETER_ERROR_USER_DATA_NOT_RECOGNIZED (5100); otherwise 2001 with the
 * Sh-Data of every requested reference (RepositoryData without stored data is left out).
 */
public final class UdrHandler implements RequestHandler {
    /** The Data-References this HSS can read. */
    static final Set<DataReference> SUPPORTED = EnumSet.of(DataReference.REPOSITORY_DATA,
            DataReference.IMS_PUBLIC_IDENTITY, DataReference.IMS_USER_STATE, DataReference.S_CSCF_NAME,
            DataReference.INITIAL_FILTER_CRITERIA);

    private final HssSh sh;
    private final ShDataAssembler data;

    public UdrHandler(HssSh sh) {
        this.sh = sh;
        this.data = new ShDataAssembler(sh);
    }

    @Override
    public Answer handle(Request request) throws DiameterDecodeException {
        UserDataRequest udr = UdrCodec.read(request);
        HssSh.requireServiceIndication(udr.dataReferences(), udr.serviceIndications());
        UserDataAnswer uda = decide(udr, HssSh.Origin.of(request).host());
        return Answers.answer(request, uda.result(), w -> UdaCodec.write(uda, w));
    }

    UserDataAnswer decide(UserDataRequest udr, String originHost) {
        if (!sh.allowed(originHost)) {
            return new UserDataAnswer(DiameterResult.ERROR_USER_DATA_CANNOT_BE_READ, null, null);
        }
        Optional<PublicIdentity> impu = sh.resolve(udr.userIdentity());
        if (impu.isEmpty()) {
            return new UserDataAnswer(DiameterResult.ERROR_USER_UNKNOWN, null, null);
        }
        if (!SUPPORTED.containsAll(udr.dataReferences())) {
            return new UserDataAnswer(DiameterResult.ERROR_USER_DATA_NOT_RECOGNIZED, null, null);
        }
        String xml = data.read(impu.get(), udr.dataReferences(), udr.serviceIndications(), udr.identitySets(),
                udr.serverName()).toXml();
        return new UserDataAnswer(DiameterResult.SUCCESS, HssSh.wildcard(impu.get()), xml);
    }
}
