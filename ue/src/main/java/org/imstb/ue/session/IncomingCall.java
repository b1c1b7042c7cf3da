package org.imstb.ue.session;

/**
 * An INVITE the UE received and answered: caller (P-Asserted-Identity, else From), the Request-URI and
 * P-Called-Party-ID it came with, the offer, and the final status the UE sent.
 */
public record IncomingCall(String caller, String requestUri, String calledParty, Sdp offer, int answeredWith) {
}
