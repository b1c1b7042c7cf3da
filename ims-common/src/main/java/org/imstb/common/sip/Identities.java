package org.imstb.common.sip;

import javax.sip.address.SipURI;
import javax.sip.address.TelURL;
import javax.sip.address.URI;

/** IMS user identities from SIP URIs (TS 23.003 §13). */
public final class Identities {
    private Identities() {
    }

    /**
     * The public user identity a URI names, without port, parameters or headers: {@code sip:user@host} or
     * {@code tel:+number}.
     */
    public static String publicIdentity(URI uri) {
        if (uri instanceof SipURI s) {
            String scheme = s.isSecure() ? "sips:" : "sip:";
            return s.getUser() == null ? scheme + s.getHost() : scheme + s.getUser() + "@" + s.getHost();
        }
        if (uri instanceof TelURL t) {
            return "tel:" + (t.isGlobal() ? "+" : "") + t.getPhoneNumber();
        }
        return uri.toString();
    }

    /**
     * The private identity derived from a public one when the request carries none (TS 24.229 §5.4.1.2.1: the
     * S-CSCF then uses the public identity without its scheme): {@code sip:alice@domain1.test → alice@domain1.test}.
     */
    public static String privateFromPublic(String publicIdentity) {
        int colon = publicIdentity.indexOf(':');
        return colon < 0 ? publicIdentity : publicIdentity.substring(colon + 1);
    }
}
