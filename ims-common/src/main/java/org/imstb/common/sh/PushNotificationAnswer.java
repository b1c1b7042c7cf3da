package org.imstb.common.sh;

import org.imstb.common.diameter.dict.DiameterResult;

/** PNA (TS 29.329 §6.1.8). */
public record PushNotificationAnswer(DiameterResult result) implements Messages {
}
