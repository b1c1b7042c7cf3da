package org.imstb.hss.cx;

import org.imstb.common.cx.UserAuthorizationAnswer;
import org.imstb.common.cx.UserAuthorizationRequest;
import org.imstb.common.cx.UserAuthorizationType;
import org.imstb.common.cx.codec.UaaCodec;
import org.imstb.common.cx.codec.UarCodec;
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
 * UAR → UAA (TS 29.228 §6.1.1.1): checks identities, barring and roaming, then tells the I-CSCF whether this is a
 * first or subsequent registration and which S-CSCF serves the user (its name, or capabilities to choose one).
 */
public final class UarHandler implements RequestHandler {
    private final HssCx cx;

    public UarHandler(HssCx cx) {
        this.cx = cx;
    }

    @Override
    public Answer handle(Request request) throws DiameterDecodeException {
        UserAuthorizationRequest uar = UarCodec.read(request);
        UserAuthorizationAnswer uaa = decide(uar);
        return Answers.answer(request, uaa.result(), w -> UaaCodec.write(uaa, w));
    }

    UserAuthorizationAnswer decide(UserAuthorizationRequest uar) {
        CxErrors.Pair ids = CxErrors.checkPair(cx.store(), uar.userName(), uar.publicIdentity());
        if (ids.failed()) {
            return new UserAuthorizationAnswer(ids.error(), null, null);
        }
        PublicIdentity impu = ids.publicIdentity();
        boolean deregistering = uar.type() == UserAuthorizationType.DE_REGISTRATION;
        if (impu.barred() && !deregistering) {
            return new UserAuthorizationAnswer(DiameterResult.AUTHORIZATION_REJECTED, null, null);
        }
        if (!cx.roamingAllowed(uar.visitedNetworkId())) {
            return new UserAuthorizationAnswer(DiameterResult.ERROR_ROAMING_NOT_ALLOWED, null, null);
        }
        RegistrationRecord reg = cx.store().registration(impu.identity());
        if (deregistering) {
            return reg.state() == RegistrationState.NOT_REGISTERED && reg.scscfName() == null
                    ? new UserAuthorizationAnswer(DiameterResult.ERROR_IDENTITY_NOT_REGISTERED, null, null)
                    : new UserAuthorizationAnswer(DiameterResult.SUCCESS, reg.scscfName(), null);
        }
        if (uar.type() == UserAuthorizationType.REGISTRATION_AND_CAPABILITIES) {
            return new UserAuthorizationAnswer(DiameterResult.FIRST_REGISTRATION, null,
                    cx.capabilitiesFor(impu.identity()));
        }
        if (reg.scscfName() != null) {
            return new UserAuthorizationAnswer(DiameterResult.SUBSEQUENT_REGISTRATION, reg.scscfName(), null);
        }
        return new UserAuthorizationAnswer(DiameterResult.FIRST_REGISTRATION, null,
                cx.capabilitiesFor(impu.identity()));
    }
}
