package org.imstb.common.diameter.stack;

import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.jdiameter.api.Answer;
import org.jdiameter.api.Request;

/**
 * Handles one command of one application on the server side. A {@link DiameterDecodeException} thrown here is
 * answered by the stack with 5005 (missing AVP) or 5004 (invalid value) and a Failed-AVP.
 */
@FunctionalInterface
public interface RequestHandler {
    Answer handle(Request request) throws DiameterDecodeException;
}
