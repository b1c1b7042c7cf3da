package org.imstb.ue.as.thirdparty;

import javax.sip.header.ContactHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;

import org.imstb.common.sip.Identities;
import org.imstb.ue.as.Answers;

/**
 * A third-party REGISTER as the S-CSCF sends it (TS 24.229 §5.4.1.7): To = the registered public identity, From (and
 * Contact) = the S-CSCF, Expires = the registration's (0: deregistration), an optional body ({@link ThirdPartyBody}).
 * Reading only; no I/O.
 *
 * @param user    the registered public identity, e.g. {@code sip:alice@domain1.test}
 * @param scscf   the S-CSCF's URI from the From header
 * @param contact the S-CSCF's URI from the Contact header, or null
 * @param expires seconds the registration lasts (Expires header, else the Contact's expires, else 3600)
 * @param body    what the body carries
 */
public record ThirdPartyRegister(String user, String scscf, String contact, int expires, ThirdPartyBody body) {
    static final int DEFAULT_EXPIRES = 3600;

    /** Reads {@code register}; IllegalArgumentException (the AS answers 400) when it is not usable. */
    public static ThirdPartyRegister of(Request register) {
        ToHeader to = (ToHeader) register.getHeader(ToHeader.NAME);
        FromHeader from = (FromHeader) register.getHeader(FromHeader.NAME);
        ContactHeader contact = (ContactHeader) register.getHeader(ContactHeader.NAME);
        if (contact != null && contact.getAddress().isWildcard()) {
            throw new IllegalArgumentException("Contact: * in a third-party REGISTER");
        }
        ExpiresHeader e = (ExpiresHeader) register.getHeader(ExpiresHeader.NAME);
        int expires = e != null ? e.getExpires()
                : contact != null && contact.getExpires() >= 0 ? contact.getExpires() : DEFAULT_EXPIRES;
        if (expires < 0) {
            throw new IllegalArgumentException("negative Expires");
        }
        ContentTypeHeader type = (ContentTypeHeader) register.getHeader(ContentTypeHeader.NAME);
        ThirdPartyBody body = type == null ? ThirdPartyBody.NONE : ThirdPartyBody.parse(type.getContentType(),
                type.getContentSubType(), type.getParameter("boundary"), Answers.text(register));
        return new ThirdPartyRegister(Identities.publicIdentity(to.getAddress().getURI()),
                from.getAddress().getURI().toString(), contact == null ? null : contact.getAddress().getURI()
                        .toString(), expires, body);
    }

    /** The S-CSCF that registered the user: its Contact, else its From URI. */
    public String scscfUri() {
        return contact != null ? contact : scscf;
    }
}
