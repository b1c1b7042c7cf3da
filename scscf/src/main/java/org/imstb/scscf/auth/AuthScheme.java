package org.imstb.scscf.auth;

import java.util.Locale;

/** The SIP authentication schemes the S-CSCF runs, with their names in SIP and in Cx. */
public enum AuthScheme {
    /** IMS AKA over HTTP Digest (RFC 3310, TS 33.203). */
    AKA("AKAv1-MD5", "Digest-AKAv1-MD5"),
    /** HTTP Digest with MD5 (RFC 2617, TS 24.229 §5.4.1.2.2A "SIP digest"). */
    MD5("MD5", "SIP Digest");

    private final String algorithm;
    private final String cxName;

    AuthScheme(String algorithm, String cxName) {
        this.algorithm = algorithm;
        this.cxName = cxName;
    }

    /** The algorithm parameter in WWW-Authenticate. */
    public String algorithm() {
        return algorithm;
    }

    /** The SIP-Authentication-Scheme AVP value. */
    public String cxName() {
        return cxName;
    }

    /** From a SIP-Authentication-Scheme value in an MAA. */
    public static AuthScheme ofCx(String scheme) {
        return scheme != null && scheme.toLowerCase(Locale.ROOT).contains("aka") ? AKA : MD5;
    }
}
