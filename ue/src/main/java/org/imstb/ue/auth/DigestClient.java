package org.imstb.ue.auth;

import java.util.Arrays;
import java.util.Base64;

import org.imstb.common.aka.Usim;
import org.imstb.common.auth.DigestMd5;
import org.imstb.common.sip.Tags;
import org.imstb.ue.Credentials;

/**
 * The UE side of HTTP Digest (RFC 2617) and Digest-AKAv1-MD5 (RFC 3310): turns a challenge into the fields of an
 * Authorization header, running the USIM for AKA. Keeps the nonce count so that a re-registration can reuse a live
 * nonce. No I/O.
 */
public final class DigestClient {
    private final String username;
    private final Credentials credentials;
    private Challenge current;
    private byte[] akaPassword;
    private int nc;
    private String cnonce;

    public DigestClient(String username, Credentials credentials) {
        this.username = username;
        this.credentials = credentials;
    }

    /** A challenge as received in WWW-Authenticate. */
    public record Challenge(String realm, String nonce, String algorithm, String qop) {
    }

    /** The Authorization fields to send. {@code auts} set means an AKA resynchronisation request. */
    public record Answer(String username, String realm, String nonce, String uri, String response, String algorithm,
            String qop, String nc, String cnonce, String auts) {
    }

    /** The result of taking a challenge: an answer, or a failure the UE cannot answer (network not authentic). */
    public sealed interface Outcome permits Answered, Rejected {
    }

    public record Answered(Answer answer) implements Outcome {
    }

    public record Rejected(String why) implements Outcome {
    }

    /** Takes a new challenge and answers it for {@code method} and {@code uri}. */
    public synchronized Outcome answer(Challenge c, String method, String uri) {
        boolean aka = c.algorithm() != null && c.algorithm().equalsIgnoreCase("AKAv1-MD5");
        if (aka != credentials.isAka()) {
            return new Rejected("challenge algorithm " + c.algorithm() + " does not match the credentials");
        }
        current = c;
        nc = 0;
        cnonce = Tags.token(8);
        akaPassword = null;
        if (!aka) {
            return new Answered(compute(method, uri, null, null));
        }
        byte[] nonce;
        try {
            nonce = Base64.getDecoder().decode(c.nonce());
        } catch (IllegalArgumentException e) {
            return new Rejected("AKA nonce is not base64");
        }
        if (nonce.length < 32) {
            return new Rejected("AKA nonce shorter than RAND||AUTN");
        }
        Usim.Result r = credentials.usim().authenticate(Arrays.copyOf(nonce, 16), Arrays.copyOfRange(nonce, 16, 32));
        if (r instanceof Usim.Success s) {
            akaPassword = s.res();
            return new Answered(compute(method, uri, akaPassword, null));
        }
        if (r instanceof Usim.SyncFailure f) {
            // RFC 3310 §3.3: the response is computed with an empty password, auts carries the USIM's SQN
            return new Answered(compute(method, uri, new byte[0], Base64.getEncoder().encodeToString(f.auts())));
        }
        return new Rejected("AUTN MAC failure: the network is not authentic");
    }

    /** Answers the last challenge again with the next nonce count (a re-registration on a live nonce). */
    public synchronized Answer again(String method, String uri) {
        if (!hasChallenge()) {
            return null;
        }
        return compute(method, uri, akaPassword, null);
    }

    public synchronized boolean hasChallenge() {
        return current != null && (!credentials.isAka() || akaPassword != null);
    }

    private Answer compute(String method, String uri, byte[] akaPass, String auts) {
        nc++;
        String ncHex = String.format("%08x", nc);
        Challenge c = current;
        String ha1 = akaPass != null ? DigestMd5.ha1(username, c.realm(), akaPass)
                : DigestMd5.ha1(username, c.realm(), credentials.password());
        String ha2 = DigestMd5.ha2(method, uri);
        String qop = c.qop() == null ? null : c.qop().contains("auth") ? "auth" : c.qop();
        String response = qop == null ? DigestMd5.response(ha1, c.nonce(), ha2)
                : DigestMd5.response(ha1, c.nonce(), ncHex, cnonce, qop, ha2);
        return new Answer(username, c.realm(), c.nonce(), uri, response, c.algorithm(), qop, qop == null ? null : ncHex,
                qop == null ? null : cnonce, auts);
    }
}
