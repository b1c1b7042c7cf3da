package org.imstb.hss.cx;

import java.util.List;
import java.util.Optional;
import org.imstb.common.cx.ServerAssignmentAnswer;
import org.imstb.common.cx.ServerAssignmentRequest;
import org.imstb.common.cx.codec.SaaCodec;
import org.imstb.common.cx.codec.SarCodec;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.diameter.dict.DiameterResult;
import org.imstb.common.diameter.stack.Answers;
import org.imstb.common.diameter.stack.RequestHandler;
import org.imstb.hss.model.PublicIdentity;
import org.imstb.hss.model.RegistrationRecord;
import org.imstb.hss.model.RegistrationState;
import org.imstb.hss.model.SubscriptionData;
import org.imstb.hss.userdata.UserDataXml;
import org.jdiameter.api.Answer;
import org.jdiameter.api.Request;

/**
 * SAR → SAA (TS 29.228 §6.1.2.1): records the S-CSCF's assignment for the whole implicit registration set and
 * returns the user profile (IMSSubscription XML) when the S-CSCF needs it. Every Server-Assignment-Type is handled;
 * those that do not apply to an S-CSCF on Cx get DIAMETER_ERROR_IN_ASSIGNMENT_TYPE.
 */
public final class SarHandler implements RequestHandler {
    private final HssCx cx;

    public SarHandler(HssCx cx) {
        this.cx = cx;
    }

    @Override
    public Answer handle(Request request) throws DiameterDecodeException {
        ServerAssignmentAnswer saa = decide(SarCodec.read(request));
        return Answers.answer(request, saa.result(), w -> SaaCodec.write(saa, w));
    }

    ServerAssignmentAnswer decide(ServerAssignmentRequest sar) {
        String impuText = sar.publicIdentities().isEmpty() ? null : sar.publicIdentities().get(0);
        Optional<PublicIdentity> impu;
        if (sar.userName() != null && impuText != null) {
            CxErrors.Pair ids = CxErrors.checkPair(cx.store(), sar.userName(), impuText);
            if (ids.failed()) {
                return new ServerAssignmentAnswer(ids.error(), sar.userName(), null);
            }
            impu = Optional.of(ids.publicIdentity());
        } else {
            impu = impuText == null ? firstPublicOf(sar.userName()) : cx.store().findPublic(impuText);
        }
        if (impu.isEmpty()) {
            return new ServerAssignmentAnswer(DiameterResult.ERROR_USER_UNKNOWN, sar.userName(), null);
        }
        String identity = impu.get().identity();
        RegistrationRecord reg = cx.store().registration(identity);
        String impi = sar.userName() != null ? sar.userName() : reg.impi() != null ? reg.impi()
                : anyPrivateOf(identity);
        List<String> set = cx.store().implicitSet(identity).stream().map(PublicIdentity::identity).toList();
        switch (sar.type()) {
            case REGISTRATION, RE_REGISTRATION, RESTORATION -> {
                cx.store().updateRegistration(set, RegistrationState.REGISTERED, sar.serverName(), impi);
                boolean send = !(sar.userDataAlreadyAvailable() && reg.state() == RegistrationState.REGISTERED);
                return success(sar, impi, identity, send);
            }
            case UNREGISTERED_USER -> {
                cx.store().updateRegistration(set, RegistrationState.UNREGISTERED, sar.serverName(), impi);
                return success(sar, impi, identity, !sar.userDataAlreadyAvailable());
            }
            case TIMEOUT_DEREGISTRATION, USER_DEREGISTRATION, ADMINISTRATIVE_DEREGISTRATION,
                    DEREGISTRATION_TOO_MUCH_DATA -> {
                cx.store().updateRegistration(set, RegistrationState.NOT_REGISTERED, null, null);
                return success(sar, impi, identity, false);
            }
            case TIMEOUT_DEREGISTRATION_STORE_SERVER_NAME, USER_DEREGISTRATION_STORE_SERVER_NAME -> {
                cx.store().updateRegistration(set, RegistrationState.NOT_REGISTERED, sar.serverName(), null);
                return success(sar, impi, identity, false);
            }
            case AUTHENTICATION_FAILURE, AUTHENTICATION_TIMEOUT -> {
                if (reg.state() == RegistrationState.NOT_REGISTERED) {
                    cx.store().updateRegistration(set, RegistrationState.NOT_REGISTERED, null, null);
                }
                return success(sar, impi, identity, false);
            }
            case NO_ASSIGNMENT -> {
                if (reg.scscfName() == null || !reg.scscfName().equals(sar.serverName())) {
                    return new ServerAssignmentAnswer(DiameterResult.UNABLE_TO_COMPLY, sar.userName(), null);
                }
                return success(sar, impi, identity, true);
            }
            default -> {
                return new ServerAssignmentAnswer(DiameterResult.ERROR_IN_ASSIGNMENT_TYPE, sar.userName(), null);
            }
        }
    }

    /**
     * A private identity associated with {@code impu}, for a SAR without User-Name about a user who never registered
     * (UNREGISTERED_USER, TS 29.228 §6.1.2: the HSS chooses one to build the User-Data's PrivateID); null if none.
     */
    private String anyPrivateOf(String impu) {
        return cx.store().ownerOf(impu).flatMap(cx.store()::subscription)
                .flatMap(s -> s.privateIdentities().stream()
                        .filter(p -> p.publicIdentities().stream().anyMatch(impu::equalsIgnoreCase)).findFirst()
                        .or(() -> s.privateIdentities().stream().findFirst()))
                .map(org.imstb.hss.model.PrivateIdentity::impi).orElse(null);
    }

    private Optional<PublicIdentity> firstPublicOf(String impi) {
        if (impi == null) {
            return Optional.empty();
        }
        return cx.store().findPrivate(impi).flatMap(p -> p.publicIdentities().stream().findFirst())
                .flatMap(cx.store()::findPublic);
    }

    private ServerAssignmentAnswer success(ServerAssignmentRequest sar, String impi, String impu, boolean withData) {
        String data = null;
        if (withData && impi != null) {
            Optional<SubscriptionData> sub = cx.store().subscriptionFor(impi, impu);
            data = sub.map(UserDataXml::render).orElse(null);
        }
        return new ServerAssignmentAnswer(DiameterResult.SUCCESS, impi, data);
    }
}
