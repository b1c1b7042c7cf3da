package org.imstb.common.cx;

import org.imstb.common.diameter.dict.DiameterResult;

/** PPA (TS 29.229 §6.1.12). */
public record PushProfileAnswer(DiameterResult result) implements Messages {
}
