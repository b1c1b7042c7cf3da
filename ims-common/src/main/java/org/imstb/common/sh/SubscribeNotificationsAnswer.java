package org.imstb.common.sh;

import java.time.Instant;
import org.imstb.common.diameter.dict.DiameterResult;

/**
 * SNA (TS 29.329 §6.1.6).
 *
 * @param result                   Result-Code or Experimental-Result
 * @param wildcardedPublicIdentity Wildcarded-Public-Identity, or null
 * @param userData                 User-Data (Sh-Data XML) when the SNR asked for it, or null
 * @param expiryTime               Expiry-Time the HSS grants, or null (no expiry)
 */
public record SubscribeNotificationsAnswer(DiameterResult result, String wildcardedPublicIdentity, String userData,
        Instant expiryTime) implements Messages {
}
