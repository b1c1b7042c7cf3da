package org.imstb.hss.cx;

import org.imstb.common.cx.LocationInfoAnswer;
import org.imstb.common.cx.LocationInfoRequest;
import org.imstb.common.cx.codec.LiaCodec;
import org.imstb.common.cx.codec.LirCodec;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.diameter.dict.DiameterResult;
import org.imstb.common.diameter.stack.Answers;
import org.imstb.common.diameter.stack.RequestHandler;
import org.imstb.hss.model.PublicIdentity;
import org.imstb.hss.model.RegistrationRecord;
import org.imstb.hss.model.RegistrationState;
import org.jdiameter.api.Answer;
import org.jdiameter.api.Request;

/**
 * LIR → LIA (TS 29.228 §6.1.4.1): where a terminating (or originating-unregistered) request must go. Registered
 * users: SUCCESS with the S-CSCF name. Unregistered users with services: UNREGISTERED_SERVICE with the stored
 * S-CSCF name, or with capabilities when none is stored. No services: IDENTITY_NOT_REGISTERED.
 */
public final class LirHandler implements RequestHandler {
    private final HssCx cx;

    public LirHandler(HssCx cx) {
        this.cx = cx;
    }

    @Override
    public Answer handle(Request request) throws DiameterDecodeException {
        LocationInfoAnswer lia = decide(LirCodec.read(request));
        return Answers.answer(request, lia.result(), w -> LiaCodec.write(lia, w));
    }

    LocationInfoAnswer decide(LocationInfoRequest lir) {
        PublicIdentity impu = cx.store().findPublic(lir.publicIdentity()).orElse(null);
        if (impu == null) {
            return new LocationInfoAnswer(DiameterResult.ERROR_USER_UNKNOWN, null, null, null);
        }
        String wildcard = impu.isWildcard() ? impu.identity() : null;
        RegistrationRecord reg = cx.store().registration(impu.identity());
        if (reg.state() == RegistrationState.REGISTERED) {
            return new LocationInfoAnswer(DiameterResult.SUCCESS, reg.scscfName(), null, wildcard);
        }
        if (!cx.hasServices(impu)) {
            return new LocationInfoAnswer(DiameterResult.ERROR_IDENTITY_NOT_REGISTERED, null, null, wildcard);
        }
        if (reg.scscfName() != null) {
            return new LocationInfoAnswer(DiameterResult.UNREGISTERED_SERVICE, reg.scscfName(), null, wildcard);
        }
        return new LocationInfoAnswer(DiameterResult.UNREGISTERED_SERVICE, null,
                cx.capabilitiesFor(impu.identity()), wildcard);
    }
}
