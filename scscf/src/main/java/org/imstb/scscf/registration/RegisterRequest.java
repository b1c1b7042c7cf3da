package org.imstb.scscf.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Optional;

import javax.sip.header.AuthorizationHeader;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;

import gov.nist.javax.sip.header.ims.PathHeader;

import org.imstb.common.sip.Identities;
import org.imstb.common.sip.Malformed;
import org.imstb.scscf.ScscfConfig.RegistrarConfig;
import org.imstb.scscf.auth.DigestAnswer;
import org.imstb.scscf.registrar.ContactRequest;

/**
 * A REGISTER read and checked once (TS 24.229 §5.4.1.1, RFC 3261 §10.3): identities, contacts with the expiry
 * granted, Path, digest fields. {@link #parse} throws {@link Rejected} with the SIP answer for a request that cannot
 * be served.
 *
 * @param impu        the public identity being registered (To)
 * @param impi        the private identity (Authorization username, else derived from the public one)
 * @param contacts    the contacts with granted expiry; empty for a wildcard removal
 * @param wildcard    {@code Contact: *} with Expires 0
 * @param path        Path header values in order
 * @param callId      Call-ID
 * @param cseq        CSeq number
 * @param digest      the digest answer when the Authorization header carries one, else null
 * @param algorithm   the algorithm the UE asked for (from Authorization), or null
 * @param auts        AUTS (base64) for AKA resynchronisation, or null
 */
public record RegisterRequest(String impu, String impi, List<ContactRequest> contacts, boolean wildcard,
        List<String> path, String callId, long cseq, DigestAnswer digest, String algorithm, String auts) {

    /** A REGISTER that gets a final answer without going further. */
    public static final class Rejected extends Exception {
        private final int status;
        private final int minExpires;

        Rejected(int status, String reason) {
            this(status, reason, 0);
        }

        Rejected(int status, String reason, int minExpires) {
            super(reason);
            this.status = status;
            this.minExpires = minExpires;
        }

        public int status() {
            return status;
        }

        /** For 423: the Min-Expires to send. */
        public int minExpires() {
            return minExpires;
        }
    }

    /** True if every contact is being removed. */
    public boolean removesAll() {
        return wildcard || contacts.stream().allMatch(c -> c.expires() == 0);
    }

    public static RegisterRequest parse(Request r, RegistrarConfig policy) throws Rejected {
        Optional<String> bad = Malformed.header(r, "Contact", "Expires", "Authorization", "Path", "Supported",
                "Require");
        if (bad.isPresent()) {
            throw new Rejected(400, "Malformed " + bad.get());
        }
        ToHeader to = (ToHeader) r.getHeader(ToHeader.NAME);
        if (to == null) {
            throw new Rejected(400, "Missing To");
        }
        String impu = Identities.publicIdentity(to.getAddress().getURI());
        ExpiresHeader expiresHeader = r.getExpires();
        int defaultExpires = expiresHeader == null ? policy.defaultExpires() : expiresHeader.getExpires();
        List<ContactRequest> contacts = new ArrayList<>();
        boolean wildcard = false;
        ListIterator<?> it = r.getHeaders(ContactHeader.NAME);
        while (it.hasNext()) {
            ContactHeader c = (ContactHeader) it.next();
            if (c.isWildCard()) {
                wildcard = true;
                continue;
            }
            int e = c.getExpires() >= 0 ? c.getExpires() : defaultExpires;
            if (e > 0 && e < policy.minExpires()) {
                throw new Rejected(423, "Interval Too Brief", policy.minExpires());
            }
            e = Math.min(e, policy.maxExpires());
            ContactHeader bare = (ContactHeader) c.clone();
            bare.removeParameter("expires");
            String text = bare.toString();
            contacts.add(new ContactRequest(c.getAddress().getURI().toString(),
                    text.substring(text.indexOf(':') + 1).trim(), e));
        }
        if (wildcard && (!contacts.isEmpty() || expiresHeader == null || expiresHeader.getExpires() != 0)) {
            throw new Rejected(400, "Contact * needs Expires: 0 and no other Contact");
        }
        if (!wildcard && contacts.isEmpty()) {
            throw new Rejected(400, "Missing Contact");
        }
        List<String> path = new ArrayList<>();
        ListIterator<?> p = r.getHeaders(PathHeader.NAME);
        while (p.hasNext()) {
            path.add(((PathHeader) p.next()).getAddress().toString());
        }
        AuthorizationHeader auth = (AuthorizationHeader) r.getHeader(AuthorizationHeader.NAME);
        String impi = Identities.privateFromPublic(impu);
        DigestAnswer digest = null;
        String algorithm = null;
        String auts = null;
        if (auth != null) {
            if (!"Digest".equalsIgnoreCase(auth.getScheme())) {
                throw new Rejected(400, "Authorization scheme must be Digest");
            }
            if (auth.getUsername() == null || auth.getUsername().isBlank()) {
                throw new Rejected(400, "Authorization without username");
            }
            impi = auth.getUsername();
            algorithm = auth.getAlgorithm();
            auts = auth.getParameter("auts");
            String response = auth.getResponse();
            if (response != null && !response.isEmpty() && auth.getNonce() != null && !auth.getNonce().isEmpty()) {
                if (auth.getURI() == null || auth.getRealm() == null) {
                    throw new Rejected(400, "Authorization without uri or realm");
                }
                String nc = auth.getParameter("nc");
                digest = new DigestAnswer(impi, auth.getRealm(), auth.getNonce(), auth.getURI().toString(), response,
                        auth.getQop(), nc, auth.getCNonce());
            }
        }
        CallIdHeader callId = (CallIdHeader) r.getHeader(CallIdHeader.NAME);
        CSeqHeader cseq = (CSeqHeader) r.getHeader(CSeqHeader.NAME);
        return new RegisterRequest(impu, impi, contacts, wildcard, path, callId.getCallId(), cseq.getSeqNumber(),
                digest, algorithm, auts);
    }
}
