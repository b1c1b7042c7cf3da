package org.imstb.common.cx;

/**
 * SIP-Auth-Data-Item (TS 29.229 §6.3.13). For Digest-AKAv1-MD5: authenticate = RAND‖AUTN, authorization = XRES,
 * ck and ik. For SIP Digest: the digest fields (realm, algorithm, qop, HA1).
 */
public record SipAuthDataItem(int itemNumber, String scheme, byte[] authenticate, byte[] authorization, byte[] ck,
        byte[] ik, String digestRealm, String digestAlgorithm, String digestQop, String digestHa1) {
}
