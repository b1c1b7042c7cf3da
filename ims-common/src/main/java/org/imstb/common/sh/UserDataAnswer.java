package org.imstb.common.sh;

import org.imstb.common.diameter.dict.DiameterResult;

/**
 * UDA (TS 29.329 §6.1.2).
 *
 * @param result                   Result-Code or Experimental-Result
 * @param wildcardedPublicIdentity Wildcarded-Public-Identity, or null
 * @param userData                 User-Data: the Sh-Data XML (see {@link org.imstb.common.sh.data.ShData}), or null
 */
public record UserDataAnswer(DiameterResult result, String wildcardedPublicIdentity, String userData)
        implements Messages {
}
