package org.imstb.scscf.auth;

/**
 * A challenge the S-CSCF sent in a 401 and the secret it checks the answer with.
 *
 * @param impi     the private identity challenged
 * @param impu     the public identity being registered
 * @param scheme   the authentication scheme
 * @param realm    the digest realm
 * @param nonce    the nonce sent (for AKA, base64 of RAND‖AUTN)
 * @param secret   XRES for AKA, or H(A1) as lowercase hex bytes (ASCII) for MD5
 * @param rand     RAND (AKA only; needed for resynchronisation), else empty
 * @param issuedMs when it was sent
 */
public record Challenge(String impi, String impu, AuthScheme scheme, String realm, String nonce, byte[] secret,
        byte[] rand, long issuedMs) {
    public Challenge {
        secret = secret.clone();
        rand = rand.clone();
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    @Override
    public byte[] rand() {
        return rand.clone();
    }



    @Override
    public boolean equals(Object o) {
        return o instanceof Challenge c && c.nonce.equals(nonce) && c.impi.equals(impi);
    }

    @Override
    public int hashCode() {
        return nonce.hashCode();
    }

    @Override
    public String toString() {
        return "Challenge[" + impi + " " + scheme + " nonce=" + nonce + "]";
    }
}
