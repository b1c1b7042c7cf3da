package org.imstb.ue.auth;

import javax.sip.header.AuthorizationHeader;

import gov.nist.javax.sip.header.ParametersHeader;

import org.imstb.common.sip.SipEndpoint;

/**
 * The Authorization header of a UE's REGISTER (TS 24.229 §5.1.1.2): before any challenge the initial form with the
 * private identity, the home realm and empty nonce and response; afterwards a {@link DigestClient.Answer}, with
 * {@code auts} quoted as RFC 3310 §3.3 writes it.
 */
public final class AuthorizationHeaders {
    private AuthorizationHeaders() {
    }

    /**
     * @param impi   the private identity (digest username)
     * @param domain the home domain (realm of the initial form; digest-uri {@code sip:<domain>})
     * @param answer the answer to the last challenge, or null for the initial REGISTER
     */
    public static AuthorizationHeader of(SipEndpoint sip, String impi, String domain, DigestClient.Answer answer)
            throws java.text.ParseException {
        AuthorizationHeader h = sip.headers().createAuthorizationHeader("Digest");
        h.setUsername(impi);
        h.setURI(sip.addresses().createURI("sip:" + domain));
        if (answer == null) {
            h.setRealm(domain);
            h.setNonce("");
            h.setResponse("");
            return h;
        }
        h.setRealm(answer.realm());
        h.setNonce(answer.nonce());
        h.setResponse(answer.response());
        if (answer.algorithm() != null) {
            h.setAlgorithm(answer.algorithm());
        }
        if (answer.qop() != null) {
            h.setQop(answer.qop());
            h.setNonceCount(Integer.parseInt(answer.nc(), 16));
            h.setCNonce(answer.cnonce());
        }
        if (answer.auts() != null) {
            ((ParametersHeader) h).setQuotedParameter("auts", answer.auts());
        }
        return h;
    }
}
