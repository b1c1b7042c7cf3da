package org.imstb.common.sh;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.imstb.common.diameter.codec.AvpWriter;
import org.imstb.common.diameter.dict.Application;
import org.imstb.common.diameter.dict.Command;
import org.imstb.common.diameter.stack.DiameterStack;
import org.imstb.common.sh.codec.PnaCodec;
import org.imstb.common.sh.codec.PnrCodec;
import org.imstb.common.sh.codec.PuaCodec;
import org.imstb.common.sh.codec.PurCodec;
import org.imstb.common.sh.codec.SnaCodec;
import org.imstb.common.sh.codec.SnrCodec;
import org.imstb.common.sh.codec.UdaCodec;
import org.imstb.common.sh.codec.UdrCodec;

/**
 * Sends Sh requests and decodes their answers: UDR, PUR and SNR (application server), PNR (HSS). Requests go to
 * {@code realm}, and to {@code host} when given (the HSS's Diameter identity for an AS; the AS's for PNR). Create it
 * before the stack starts: it declares the Sh application for the CER. The futures fail with a
 * {@link org.imstb.common.diameter.stack.DiameterTimeoutException} when no answer comes, and with a
 * {@link DiameterDecodeException} (wrapped in a {@link CompletionException}) when the answer cannot be read.
 */
public final class ShClient {
    private final DiameterStack stack;

    public ShClient(DiameterStack stack) {
        this.stack = stack.use(Application.SH);
    }

    public CompletableFuture<UserDataAnswer> udr(UserDataRequest r, String realm, String host) {
        return call(Command.UDR, realm, host, w -> UdrCodec.write(r, w), UdaCodec::read);
    }

    public CompletableFuture<ProfileUpdateAnswer> pur(ProfileUpdateRequest r, String realm, String host) {
        return call(Command.PUR, realm, host, w -> PurCodec.write(r, w), PuaCodec::read);
    }

    public CompletableFuture<SubscribeNotificationsAnswer> snr(SubscribeNotificationsRequest r, String realm,
            String host) {
        return call(Command.SNR, realm, host, w -> SnrCodec.write(r, w), SnaCodec::read);
    }

    public CompletableFuture<PushNotificationAnswer> pnr(PushNotificationRequest r, String realm, String host) {
        return call(Command.PNR, realm, host, w -> PnrCodec.write(r, w), PnaCodec::read);
    }

    private <T> CompletableFuture<T> call(Command c, String realm, String host, Consumer<AvpWriter> body,
            DiameterStack.AnswerDecoder<T> decoder) {
        return stack.request(Application.SH, c, realm, host, body, decoder);
    }
}
