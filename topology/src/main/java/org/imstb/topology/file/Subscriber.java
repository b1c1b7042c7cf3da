package org.imstb.topology.file;

import java.util.List;
import org.imstb.common.config.FieldErrors;
import org.imstb.common.config.Validatable;

/**
 * A subscriber of a domain, provisioned into its HSS: {@code user} (private identity {@code user@domain}, public
 * identity {@code sip:user@domain}), an optional {@code tel} number (a second public identity and an ENUM entry), and
 * its credentials: a SIP Digest {@code password} or USIM keys {@code aka} (or both). The credentials are in the file so
 * that external clients (SIPp, a softphone) can register as this user. {@code ifcs} are initial filter criteria of this
 * subscriber only (TS 29.228 {@code <InitialFilterCriteria>} XML), added to its group's.
 */
public record Subscriber(String user, String tel, String password, Aka aka, String displayName, List<String> ifcs)
        implements Validatable {

    public Subscriber {
        ifcs = ifcs == null ? List.of() : List.copyOf(ifcs);
    }

    /** USIM keys for Digest-AKAv1-MD5: 128-bit K and OPc in hex, 16-bit AMF in hex, starting SQN. */
    public record Aka(String k, String opc, String amf, Long sqn) implements Validatable {
        public Aka {
            amf = amf == null ? "8000" : amf;
            sqn = sqn == null ? 0L : sqn;
        }

        @Override
        public void validate(FieldErrors at) {
            at.require(k != null && k.matches("[0-9a-fA-F]{32}"), "k", "must be 32 hex digits (128 bits)");
            at.require(opc != null && opc.matches("[0-9a-fA-F]{32}"), "opc", "must be 32 hex digits (128 bits)");
            at.require(amf.matches("[0-9a-fA-F]{4}"), "amf", "must be 4 hex digits");
            at.require(sqn >= 0 && sqn < (1L << 48), "sqn", "must be 0 .. 2^48-1");
        }
    }

    @Override
    public void validate(FieldErrors at) {
        at.requireText(user, "user");
        at.require(user.matches("[A-Za-z0-9][A-Za-z0-9._+-]*"), "user",
                "must be a SIP user part (letters, digits, . _ + -), got '" + user + "'");
        at.require(tel == null || tel.matches("\\+[0-9]{3,15}"), "tel",
                "must be an E.164 number such as +15551001, got " + tel);
        at.require(password != null || aka != null, "password", "a subscriber needs a password or aka keys");
        at.nested(aka, "aka");
        GroupEntry.checkIfcs(at, ifcs);
    }
}
