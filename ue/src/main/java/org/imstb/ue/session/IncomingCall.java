package org.imstb.ue.session;

/**
 * An INVITE the UE received and answered: caller (P-Asserted-Identity, else From), the Request-URI and
 * P-Called-Party-ID it came with, the offer, the final status the UE sent, and whether the caller came from a
 * P-Asserted-Identity (false: the network withheld it, e.g. for {@code Privacy: id}, and the caller is the From).
 */
public record IncomingCall(String caller, String requestUri, String calledParty, Sdp offer, int answeredWith,
        boolean asserted) {
}
