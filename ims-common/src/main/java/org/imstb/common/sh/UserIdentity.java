package org.imstb.common.sh;

/**
 * User-Identity (TS 29.329 §6.3.1): a Public-Identity (IMPU or PSI, a SIP or tel URI) or an MSISDN. Exactly one is
 * set.
 *
 * @param publicIdentity the Public-Identity, or null
 * @param msisdn         the MSISDN as E.164 digits without '+' (e.g. {@code 15551001}), or null; TBCD-encoded on
 *                       the wire
 */
public record UserIdentity(String publicIdentity, String msisdn) {
    public UserIdentity {
        if ((publicIdentity == null) == (msisdn == null)) {
            throw new IllegalArgumentException("User-Identity needs exactly one of Public-Identity and MSISDN");
        }
        if (msisdn != null && !msisdn.matches("[0-9*#a-cA-C]{1,30}")) {
            throw new IllegalArgumentException("MSISDN must be 1..30 digits, got '" + msisdn + "'");
        }
    }

    /** A User-Identity holding a Public-Identity. */
    public static UserIdentity publicIdentity(String uri) {
        return new UserIdentity(uri, null);
    }

    /** A User-Identity holding an MSISDN (digits, a leading '+' is dropped). */
    public static UserIdentity msisdn(String digits) {
        return new UserIdentity(null, digits.startsWith("+") ? digits.substring(1) : digits);
    }

    @Override
    public String toString() {
        return publicIdentity != null ? publicIdentity : "msisdn:" + msisdn;
    }
}
