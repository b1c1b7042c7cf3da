package org.imstb.common.auth;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Objects;

import org.imstb.common.util.Hex;

/**
 * HTTP Digest computations with MD5, as used by SIP (RFC 2617 §3.2.2, RFC 3261 §22.4), including
 * Digest-AKAv1-MD5 (RFC 3310 §3.4), where the password is the raw bytes of RES.
 *
 * <p>All results are 32 lowercase hex digits. Strings are encoded as UTF-8. Stateless and thread-safe.
 *
 * <pre>{@code
 * String ha1 = DigestMd5.ha1(user, realm, password);        // or ha1(user, realm, res) for AKA
 * String ha2 = DigestMd5.ha2("REGISTER", "sip:domain1.imstb");
 * String response = DigestMd5.response(ha1, nonce, "00000001", cnonce, "auth", ha2);
 * }</pre>
 */
public final class DigestMd5 {

    private DigestMd5() {
    }

    /**
     * H(A1) = MD5(username ":" realm ":" password) for algorithm MD5.
     *
     * @param username the digest username (for IMS, the private user identity)
     * @param realm    the realm
     * @param password the password
     * @return H(A1), lowercase hex
     */
    public static String ha1(String username, String realm, String password) {
        return ha1(username, realm, Objects.requireNonNull(password, "password").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * H(A1) = MD5(username ":" realm ":" password) with a binary password. For Digest-AKAv1-MD5 the password
     * is RES exactly as returned by f2 (RFC 3310 §3.4), not its hex or base64 form.
     *
     * @param username the digest username
     * @param realm    the realm
     * @param password the password bytes (RES for AKA)
     * @return H(A1), lowercase hex
     */
    public static String ha1(String username, String realm, byte[] password) {
        ByteArrayOutputStream a1 = new ByteArrayOutputStream();
        a1.writeBytes(utf8(username, "username"));
        a1.write(':');
        a1.writeBytes(utf8(realm, "realm"));
        a1.write(':');
        a1.writeBytes(Objects.requireNonNull(password, "password"));
        return md5Hex(a1.toByteArray());
    }

    /**
     * H(A2) = MD5(method ":" uri) for qop absent or {@code auth}.
     *
     * @param method the SIP method of the request (e.g. {@code REGISTER})
     * @param uri    the digest-uri parameter, exactly as sent
     * @return H(A2), lowercase hex
     */
    public static String ha2(String method, String uri) {
        return md5Hex(join(method, uri));
    }

    /**
     * H(A2) = MD5(method ":" uri ":" MD5(body)) for qop {@code auth-int}.
     *
     * @param method the SIP method of the request
     * @param uri    the digest-uri parameter, exactly as sent
     * @param body   the message body, empty if none
     * @return H(A2), lowercase hex
     */
    public static String ha2AuthInt(String method, String uri, byte[] body) {
        return md5Hex(join(method, uri, md5Hex(Objects.requireNonNull(body, "body"))));
    }

    /**
     * request-digest = MD5(H(A1) ":" nonce ":" nc ":" cnonce ":" qop ":" H(A2)), for qop {@code auth} or
     * {@code auth-int}.
     *
     * @param ha1    H(A1), hex
     * @param nonce  the server nonce, as sent
     * @param nc     the nonce count, 8 hex digits (e.g. {@code 00000001})
     * @param cnonce the client nonce
     * @param qop    the chosen qop ({@code auth} or {@code auth-int})
     * @param ha2    H(A2), hex
     * @return the response parameter, lowercase hex
     */
    public static String response(String ha1, String nonce, String nc, String cnonce, String qop, String ha2) {
        return md5Hex(join(ha1, nonce, nc, cnonce, qop, ha2));
    }

    /**
     * request-digest = MD5(H(A1) ":" nonce ":" H(A2)), the form without qop (RFC 2069 compatibility).
     *
     * @param ha1   H(A1), hex
     * @param nonce the server nonce, as sent
     * @param ha2   H(A2), hex
     * @return the response parameter, lowercase hex
     */
    public static String response(String ha1, String nonce, String ha2) {
        return md5Hex(join(ha1, nonce, ha2));
    }

    /**
     * Compares an expected and a received response in constant time, ignoring the case of hex digits.
     *
     * @param expected the response computed by the server
     * @param received the response parameter from the client, may be null
     * @return whether they are equal
     */
    public static boolean matches(String expected, String received) {
        if (received == null) {
            return false;
        }
        return MessageDigest.isEqual(
                utf8(Objects.requireNonNull(expected, "expected").toLowerCase(Locale.ROOT), "expected"),
                utf8(received.toLowerCase(Locale.ROOT), "received"));
    }

    private static byte[] join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                sb.append(':');
            }
            sb.append(Objects.requireNonNull(parts[i], "digest parameter"));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String s, String name) {
        return Objects.requireNonNull(s, name).getBytes(StandardCharsets.UTF_8);
    }

    private static String md5Hex(byte[] data) {
        try {
            return Hex.format(MessageDigest.getInstance("MD5").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is not available from the JDK providers", e);
        }
    }
}
