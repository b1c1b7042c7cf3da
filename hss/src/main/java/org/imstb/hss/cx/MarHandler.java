package org.imstb.hss.cx;

import java.util.List;
import java.util.Optional;
import org.imstb.common.aka.Milenage;
import org.imstb.common.aka.Resynchronisation;
import org.imstb.common.cx.MultimediaAuthAnswer;
import org.imstb.common.cx.MultimediaAuthRequest;
import org.imstb.common.cx.SipAuthDataItem;
import org.imstb.common.cx.codec.MaaCodec;
import org.imstb.common.cx.codec.MarCodec;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.diameter.dict.DiameterResult;
import org.imstb.common.diameter.stack.Answers;
import org.imstb.common.diameter.stack.RequestHandler;
import org.imstb.hss.model.AkaCredentials;
import org.imstb.hss.model.AuthScheme;
import org.imstb.hss.model.PrivateIdentity;
import org.imstb.hss.model.RegistrationRecord;
import org.imstb.hss.model.RegistrationState;
import org.jdiameter.api.Answer;
import org.jdiameter.api.Request;

/**
 * MAR → MAA (TS 29.228 §6.3.1): authentication vectors for the S-CSCF. Resynchronisation: when SIP-Authorization
 * carries RAND‖AUTS the HSS checks MAC-S, adopts SQN_MS and answers with fresh vectors (TS 33.102 §6.3.5); a bad
 * AUTS is DIAMETER_AUTHENTICATION_REJECTED. The S-CSCF name is stored for a user not yet registered.
 */
public final class MarHandler implements RequestHandler {
    private static final int RAND_LENGTH = 16;

    private final HssCx cx;
    private final AuthVectors vectors;

    public MarHandler(HssCx cx) {
        this.cx = cx;
        this.vectors = new AuthVectors(cx.store());
    }

    @Override
    public Answer handle(Request request) throws DiameterDecodeException {
        MultimediaAuthAnswer maa = decide(MarCodec.read(request));
        return Answers.answer(request, maa.result(), w -> MaaCodec.write(maa, w));
    }

    MultimediaAuthAnswer decide(MultimediaAuthRequest mar) {
        CxErrors.Pair ids = CxErrors.checkPair(cx.store(), mar.userName(), mar.publicIdentity());
        if (ids.failed()) {
            return fail(mar, ids.error());
        }
        PrivateIdentity impi = ids.privateIdentity();
        Optional<AuthScheme> scheme = chooseScheme(impi, mar.scheme());
        if (scheme.isEmpty()) {
            return fail(mar, DiameterResult.ERROR_AUTH_SCHEME_NOT_SUPPORTED);
        }
        rememberServer(mar, ids.publicIdentity().identity());
        List<SipAuthDataItem> items;
        if (scheme.get() == AuthScheme.DIGEST_AKAV1_MD5) {
            AkaCredentials aka = impi.aka();
            if (mar.authorization() != null && mar.authorization().length > 0 && !resynchronise(impi.impi(), aka,
                    mar.authorization())) {
                return fail(mar, DiameterResult.AUTHENTICATION_REJECTED);
            }
            items = vectors.aka(impi.impi(), aka, Math.min(mar.numberAuthItems(), cx.config().maxAuthItems()));
        } else {
            items = List.of(vectors.digest(impi.impi(), impi.digest(), cx.realm(), cx.config().digestQop()));
        }
        return new MultimediaAuthAnswer(DiameterResult.SUCCESS, mar.userName(), mar.publicIdentity(), items);
    }

    private static MultimediaAuthAnswer fail(MultimediaAuthRequest mar, DiameterResult result) {
        return new MultimediaAuthAnswer(result, mar.userName(), mar.publicIdentity(), List.of());
    }

    /** "Unknown" (or absent) lets the HSS choose: AKA first, as TS 33.203 prefers. */
    private static Optional<AuthScheme> chooseScheme(PrivateIdentity impi, String requested) {
        if (requested == null || requested.isBlank() || requested.equalsIgnoreCase("Unknown")) {
            return impi.aka() != null ? Optional.of(AuthScheme.DIGEST_AKAV1_MD5) : Optional.of(AuthScheme.SIP_DIGEST);
        }
        Optional<AuthScheme> s = requested.equalsIgnoreCase("Digest-MD5") || requested.equalsIgnoreCase("Digest")
                ? Optional.of(AuthScheme.SIP_DIGEST) : AuthScheme.parse(requested);
        return s.filter(impi::allows);
    }

    private boolean resynchronise(String impi, AkaCredentials aka, byte[] randAuts) {
        if (randAuts.length != RAND_LENGTH + Resynchronisation.AUTS_LENGTH) {
            return false;
        }
        byte[] rand = java.util.Arrays.copyOfRange(randAuts, 0, RAND_LENGTH);
        byte[] auts = java.util.Arrays.copyOfRange(randAuts, RAND_LENGTH, randAuts.length);
        byte[] opc = aka.opc() != null ? aka.opc() : Milenage.opc(aka.k(), aka.op());
        Resynchronisation.Result r = new Resynchronisation(aka.k(), opc).verify(rand, auts);
        if (r.optionalSqnMs().isEmpty()) {
            return false;
        }
        cx.store().resynchronise(impi, r.optionalSqnMs().getAsLong());
        return true;
    }

    /** TS 29.228 §6.3.1: for a user not registered, the HSS stores the S-CSCF name (authentication pending). */
    private void rememberServer(MultimediaAuthRequest mar, String impu) {
        RegistrationRecord reg = cx.store().registration(impu);
        if (reg.state() == RegistrationState.NOT_REGISTERED && !mar.serverName().equals(reg.scscfName())) {
            cx.store().updateRegistration(
                    cx.store().implicitSet(impu).stream().map(p -> p.identity()).toList(),
                    RegistrationState.NOT_REGISTERED, mar.serverName(), mar.userName());
        }
    }
}
