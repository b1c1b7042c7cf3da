package org.imstb.common.cx;

import org.imstb.common.diameter.dict.DiameterResult;

/** SAA (TS 29.229 §6.1.4): User-Data is the IMSSubscription XML of TS 29.228 Annex E. */
public record ServerAssignmentAnswer(DiameterResult result, String userName, String userData) implements Messages {
}
