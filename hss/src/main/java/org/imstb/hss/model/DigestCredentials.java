package org.imstb.hss.model;

/**
 * SIP Digest (MD5) secrets of a private identity: a clear-text password or a precomputed
 * HA1 = MD5(username:realm:password) (exactly one of them), and the realm HA1 was computed for (optional with a
 * password: the S-CSCF then uses its own realm). {@link #toString()} never shows the secret.
 *
 * @param password clear-text password, or null
 * @param ha1      32 lower-case hex digits, or null
 * @param realm    digest realm, or null
 */
public record DigestCredentials(String password, String ha1, String realm) {

    public DigestCredentials {
        if ((password == null) == (ha1 == null)) {
            throw new IllegalArgumentException("exactly one of password and HA1 is required");
        }
        if (ha1 != null && !ha1.matches("[0-9a-fA-F]{32}")) {
            throw new IllegalArgumentException("HA1 must be 32 hex digits");
        }
        if (ha1 != null && realm == null) {
            throw new IllegalArgumentException("HA1 needs the realm it was computed for");
        }
    }

    @Override
    public String toString() {
        return "DigestCredentials[" + (password != null ? "password" : "ha1") + "=***, realm=" + realm + "]";
    }
}
