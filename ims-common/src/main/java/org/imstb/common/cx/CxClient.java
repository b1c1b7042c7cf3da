package org.imstb.common.cx;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.imstb.common.cx.codec.LiaCodec;
import org.imstb.common.cx.codec.LirCodec;
import org.imstb.common.cx.codec.MaaCodec;
import org.imstb.common.cx.codec.MarCodec;
import org.imstb.common.cx.codec.PpaCodec;
import org.imstb.common.cx.codec.PprCodec;
import org.imstb.common.cx.codec.RtaCodec;
import org.imstb.common.cx.codec.RtrCodec;
import org.imstb.common.cx.codec.SaaCodec;
import org.imstb.common.cx.codec.SarCodec;
import org.imstb.common.cx.codec.UaaCodec;
import org.imstb.common.cx.codec.UarCodec;
import org.imstb.common.diameter.codec.AvpWriter;
import org.imstb.common.diameter.dict.Application;
import org.imstb.common.diameter.dict.Command;
import org.imstb.common.diameter.stack.DiameterStack;

/**
 * Sends Cx requests and decodes their answers: UAR/LIR (I-CSCF), MAR/SAR (S-CSCF), RTR/PPR (HSS). Requests go to
 * {@code realm}, and to {@code host} when given (RTR/PPR name the S-CSCF's Diameter host).
 */
public final class CxClient {
    private final DiameterStack stack;

    public CxClient(DiameterStack stack) {
        this.stack = stack.use(Application.CX);
    }

    public CompletableFuture<UserAuthorizationAnswer> uar(UserAuthorizationRequest r, String realm, String host) {
        return call(Command.UAR, realm, host, w -> UarCodec.write(r, w), UaaCodec::read);
    }

    public CompletableFuture<MultimediaAuthAnswer> mar(MultimediaAuthRequest r, String realm, String host) {
        return call(Command.MAR, realm, host, w -> MarCodec.write(r, w), MaaCodec::read);
    }

    public CompletableFuture<ServerAssignmentAnswer> sar(ServerAssignmentRequest r, String realm, String host) {
        return call(Command.SAR, realm, host, w -> SarCodec.write(r, w), SaaCodec::read);
    }

    public CompletableFuture<LocationInfoAnswer> lir(LocationInfoRequest r, String realm, String host) {
        return call(Command.LIR, realm, host, w -> LirCodec.write(r, w), LiaCodec::read);
    }

    public CompletableFuture<RegistrationTerminationAnswer> rtr(RegistrationTerminationRequest r, String realm,
            String host) {
        return call(Command.RTR, realm, host, w -> RtrCodec.write(r, w), RtaCodec::read);
    }

    public CompletableFuture<PushProfileAnswer> ppr(PushProfileRequest r, String realm, String host) {
        return call(Command.PPR, realm, host, w -> PprCodec.write(r, w), PpaCodec::read);
    }

    private <T> CompletableFuture<T> call(Command c, String realm, String host, Consumer<AvpWriter> body,
            DiameterStack.AnswerDecoder<T> decoder) {
        return stack.request(Application.CX, c, realm, host, body, decoder);
    }
}
