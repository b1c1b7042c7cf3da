package org.imstb.scscf.auth;

import org.imstb.common.auth.DigestMd5;

/**
 * The digest fields of an Authorization header and their verification against a {@link Challenge}
 * (RFC 2617 §3.2.2; RFC 3310 §3.4 for AKA, where the password is XRES).
 *
 * @param username the digest username (the private identity)
 * @param realm    realm
 * @param nonce    nonce
 * @param uri      digest-uri
 * @param response the response to check
 * @param qop      qop, or null (RFC 2069 compatibility)
 * @param nc       the nonce count as sent (8 hex digits), or null
 * @param cnonce   cnonce, or null
 */
public record DigestAnswer(String username, String realm, String nonce, String uri, String response, String qop,
        String nc, String cnonce) {

    /** True if the response is what the challenge's secret gives for {@code method}. */
    public boolean verify(Challenge c, String method) {
        String ha1 = c.scheme() == AuthScheme.AKA ? DigestMd5.ha1(username, realm, c.secret())
                : new String(c.secret(), java.nio.charset.StandardCharsets.US_ASCII);
        String ha2 = DigestMd5.ha2(method, uri);
        String expected = qop == null ? DigestMd5.response(ha1, nonce, ha2)
                : DigestMd5.response(ha1, nonce, nc, cnonce, qop, ha2);
        return response != null && DigestMd5.matches(expected, response);
    }

    /** The nonce count as a number (0 when absent or not hex). */
    public long ncValue() {
        try {
            return nc == null ? 0 : Long.parseLong(nc, 16);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
