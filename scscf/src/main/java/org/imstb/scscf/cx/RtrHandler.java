package org.imstb.scscf.cx;

import java.util.function.Consumer;

import org.imstb.common.cx.RegistrationTerminationRequest;
import org.imstb.common.cx.codec.RtrCodec;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.diameter.dict.DiameterResult;
import org.imstb.common.diameter.stack.Answers;
import org.imstb.common.diameter.stack.RequestHandler;
import org.jdiameter.api.Answer;
import org.jdiameter.api.Request;

/**
 * RTR from the HSS (TS 29.229 §6.1.9): network-initiated deregistration. The registrations named are ended (their
 * subscribers notified) before RTA 2001 is sent.
 */
public final class RtrHandler implements RequestHandler {
    private final Consumer<RegistrationTerminationRequest> deregister;

    public RtrHandler(Consumer<RegistrationTerminationRequest> deregister) {
        this.deregister = deregister;
    }

    @Override
    public Answer handle(Request request) throws DiameterDecodeException {
        RegistrationTerminationRequest rtr = RtrCodec.read(request);
        deregister.accept(rtr);
        return Answers.answer(request, DiameterResult.SUCCESS);
    }
}
