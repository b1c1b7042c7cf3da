package org.imstb.common.sh;

import java.util.function.Function;
import org.imstb.common.diameter.dict.Application;
import org.imstb.common.diameter.dict.Command;
import org.imstb.common.diameter.dict.DiameterResult;
import org.imstb.common.diameter.stack.Answers;
import org.imstb.common.diameter.stack.DiameterStack;
import org.imstb.common.sh.codec.PnrCodec;

/**
 * The application server's side of Sh-Notif (TS 29.328 §6.1.4): serves PNR on its Diameter stack. Each PNR is
 * decoded and handed to the listener, whose result (normally {@link DiameterResult#SUCCESS}) is the PNA's; a PNR that
 * cannot be decoded is answered 5005/5004 by the stack. The listener runs on a Diameter worker thread.
 */
public final class PushNotifications {
    private PushNotifications() {
    }

    /** Registers the PNR handler; call before the stack starts. */
    public static DiameterStack receive(DiameterStack stack, Function<PushNotificationRequest, DiameterResult> listener) {
        return stack.serve(Application.SH, Command.PNR, request -> {
            PushNotificationRequest pnr = PnrCodec.read(request);
            return Answers.answer(request, listener.apply(pnr));
        });
    }
}
