package org.imstb.common.cx;

import org.imstb.common.diameter.dict.DiameterResult;

/** LIA (TS 29.229 §6.1.6). */
public record LocationInfoAnswer(DiameterResult result, String serverName, ServerCapabilities capabilities,
        String wildcardedPublicIdentity) implements Messages {
}
