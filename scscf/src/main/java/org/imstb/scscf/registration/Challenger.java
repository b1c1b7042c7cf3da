package org.imstb.scscf.registration;

import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;

import javax.sip.header.WWWAuthenticateHeader;

import org.imstb.common.cx.MultimediaAuthAnswer;
import org.imstb.common.cx.SipAuthDataItem;
import org.imstb.common.diameter.dict.DiameterResult;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.Tags;
import org.imstb.scscf.auth.AuthScheme;
import org.imstb.scscf.auth.Challenge;
import org.imstb.scscf.auth.Challenges;
import org.imstb.scscf.cx.MarClient;

/**
 * Gets a vector with MAR and turns it into a 401 challenge (TS 24.229 §5.4.1.2.1; RFC 3310 §3.1 for AKA: nonce =
 * base64(RAND‖AUTN), ck and ik for the P-CSCF).
 */
final class Challenger {
    private final SipEndpoint sip;
    private final MarClient mar;
    private final Challenges challenges;

    Challenger(SipEndpoint sip, MarClient mar, Challenges challenges) {
        this.sip = sip;
        this.mar = mar;
        this.challenges = challenges;
    }

    /** The outcome: a header to send with 401, or the SIP status that ends the attempt. */
    record Outcome(WWWAuthenticateHeader header, int failStatus, String failReason) {
    }

    /**
     * Asks the HSS for a vector and builds the challenge.
     *
     * @param algorithm     the algorithm the UE asked for, or null
     * @param authorization RAND‖AUTS when resynchronising, else null
     * @param stale         marks the challenge stale (the UE's nonce had expired)
     */
    CompletableFuture<Outcome> challenge(String impi, String impu, String algorithm, byte[] authorization,
            boolean stale) {
        String scheme = algorithm == null ? "Unknown"
                : algorithm.equalsIgnoreCase("AKAv1-MD5") ? AuthScheme.AKA.cxName()
                : algorithm.equalsIgnoreCase("MD5") ? AuthScheme.MD5.cxName() : "Unknown";
        return mar.vectors(impi, impu, scheme, authorization).handle((maa, error) -> {
            if (error != null) {
                return new Outcome(null, 480, "HSS unavailable");
            }
            if (!maa.result().equals(DiameterResult.SUCCESS) || maa.items().isEmpty()) {
                return failed(maa);
            }
            return new Outcome(build(impi, impu, maa.items().get(0), stale), 0, null);
        });
    }

    private static Outcome failed(MultimediaAuthAnswer maa) {
        DiameterResult r = maa.result();
        if (r.equals(DiameterResult.ERROR_USER_UNKNOWN) || r.equals(DiameterResult.ERROR_IDENTITIES_DONT_MATCH)
                || r.equals(DiameterResult.ERROR_AUTH_SCHEME_NOT_SUPPORTED)
                || r.equals(DiameterResult.AUTHENTICATION_REJECTED)) {
            return new Outcome(null, 403, "Forbidden (" + r.name() + ")");
        }
        return new Outcome(null, 480, "HSS answered " + r.name());
    }

    private WWWAuthenticateHeader build(String impi, String impu, SipAuthDataItem item, boolean stale) {
        AuthScheme scheme = AuthScheme.ofCx(item.scheme());
        String realm = item.digestRealm() != null ? item.digestRealm() : realmOf(impu);
        String nonce;
        Challenge c;
        long now = System.currentTimeMillis();
        byte[] none = new byte[0];
        if (scheme == AuthScheme.AKA) {
            nonce = Base64.getEncoder().encodeToString(item.authenticate());
            byte[] rand = java.util.Arrays.copyOf(item.authenticate(), 16);
            c = new Challenge(impi, impu, scheme, realm, nonce, item.authorization(), rand, now);
        } else {
            nonce = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(Tags.token(16)));
            c = new Challenge(impi, impu, scheme, realm, nonce,
                    item.digestHa1().getBytes(java.nio.charset.StandardCharsets.US_ASCII), none, now);
        }
        challenges.add(c);
        try {
            WWWAuthenticateHeader h = sip.headers().createWWWAuthenticateHeader("Digest");
            h.setRealm(realm);
            h.setNonce(nonce);
            h.setAlgorithm(scheme.algorithm());
            h.setQop(item.digestQop() != null ? item.digestQop() : "auth");
            if (stale) {
                h.setStale(true);
            }
            if (scheme == AuthScheme.AKA) {
                ((gov.nist.javax.sip.header.ParametersHeader) h).setQuotedParameter("ik", HexFormat.of().formatHex(item.ik()));
                ((gov.nist.javax.sip.header.ParametersHeader) h).setQuotedParameter("ck", HexFormat.of().formatHex(item.ck()));
            }
            return h;
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String realmOf(String impu) {
        int at = impu.indexOf('@');
        return at < 0 ? impu.substring(impu.indexOf(':') + 1) : impu.substring(at + 1);
    }
}
