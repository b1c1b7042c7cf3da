package org.imstb.common.cx;

import org.imstb.common.diameter.dict.DiameterResult;

/** UAA (TS 29.229 §6.1.2): the assigned S-CSCF name, or capabilities to choose one. */
public record UserAuthorizationAnswer(DiameterResult result, String serverName, ServerCapabilities capabilities)
        implements Messages {
}
