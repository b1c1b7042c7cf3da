package org.imstb.common.cx;

import org.imstb.common.diameter.dict.DiameterResult;

/** RTA (TS 29.229 §6.1.10). */
public record RegistrationTerminationAnswer(DiameterResult result) implements Messages {
}
