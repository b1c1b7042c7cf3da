package org.imstb.hss.provisioning;

import static org.imstb.hss.provisioning.CatalogEntries.list;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imstb.common.config.FieldErrors;
import org.imstb.common.config.Validatable;
import org.imstb.common.util.Hex;
import org.imstb.hss.model.AkaCredentials;
import org.imstb.hss.model.AuthScheme;
import org.imstb.hss.model.DigestCredentials;
import org.imstb.hss.model.IdentityType;
import org.imstb.hss.model.IdentityUris;
import org.imstb.hss.model.PrivateIdentity;
import org.imstb.hss.model.PublicIdentity;
import org.imstb.hss.model.Sqn;
import org.imstb.hss.model.Subscription;

/**
 * {@code subscriptions[]} of a subscriber file: one IMS subscription as written in YAML.
 *
 * @param name                  unique subscription name
 * @param privateIdentities     the IMPIs (at least one)
 * @param publicIdentities      the IMPUs and PSIs (at least one)
 * @param mandatoryCapabilities S-CSCF capabilities required
 * @param optionalCapabilities  S-CSCF capabilities preferred
 * @param preferredScscf        S-CSCF SIP URI to assign, optional
 */
public record SubscriptionEntry(String name, List<PrivateEntry> privateIdentities, List<PublicEntry> publicIdentities,
                                List<Integer> mandatoryCapabilities, List<Integer> optionalCapabilities,
                                String preferredScscf) implements Validatable {

    @Override
    public void validate(FieldErrors at) {
        CatalogEntries.requireName(at, name, "name");
        at.require(!list(privateIdentities).isEmpty(), "privateIdentities", "at least one private identity is required");
        at.require(!list(publicIdentities).isEmpty(), "publicIdentities", "at least one public identity is required");
        at.nested(publicIdentities, "publicIdentities");
        Map<String, Integer> keys = new HashMap<>();
        for (int i = 0; i < publicIdentities.size(); i++) {
            Integer before = keys.putIfAbsent(IdentityUris.key(publicIdentities.get(i).identity()), i);
            if (before != null) {
                at.at("publicIdentities", i).fail("identity", "duplicate of publicIdentities[" + before + "]");
            }
        }
        at.nested(privateIdentities, "privateIdentities");
        for (int i = 0; i < privateIdentities.size(); i++) {
            List<String> impus = list(privateIdentities.get(i).publicIdentities());
            for (int j = 0; j < impus.size(); j++) {
                at.at("privateIdentities", i).require(keys.containsKey(IdentityUris.key(impus.get(j))),
                        "publicIdentities[" + j + "]", "'" + impus.get(j)
                                + "' is not one of this subscription's publicIdentities");
            }
        }
        CatalogEntries.checkCapabilities(at, mandatoryCapabilities, "mandatoryCapabilities");
        CatalogEntries.checkCapabilities(at, optionalCapabilities, "optionalCapabilities");
        at.require(preferredScscf == null || IdentityUris.isSipUri(preferredScscf), "preferredScscf",
                "must be a SIP URI, got '" + preferredScscf + "'");
    }

    Subscription toModel() {
        Map<String, String> spelling = new HashMap<>();
        List<PublicIdentity> publics = new ArrayList<>();
        for (PublicEntry p : publicIdentities) {
            spelling.put(IdentityUris.key(p.identity()), p.identity());
            publics.add(p.toModel());
        }
        List<PrivateIdentity> privates = new ArrayList<>();
        for (PrivateEntry p : privateIdentities) {
            List<String> impus = p.publicIdentities() == null
                    ? publics.stream().map(PublicIdentity::identity).toList()
                    : p.publicIdentities().stream().map(u -> spelling.get(IdentityUris.key(u))).toList();
            privates.add(p.toModel(impus));
        }
        return new Subscription(name, privates, publics, list(mandatoryCapabilities), list(optionalCapabilities),
                preferredScscf);
    }

    /**
     * {@code privateIdentities[]}: an IMPI with its credentials.
     *
     * @param impi             NAI user@realm
     * @param authSchemes      optional; DIGEST_AKAV1_MD5 and/or SIP_DIGEST (also: aka, digest, Digest-AKAv1-MD5);
     *                         defaults to the schemes whose credentials are given
     * @param aka              Digest-AKAv1-MD5 secrets
     * @param digest           SIP Digest secrets
     * @param publicIdentities the IMPUs it may use; defaults to all of the subscription
     */
    public record PrivateEntry(String impi, List<String> authSchemes, AkaEntry aka, DigestEntry digest,
                               List<String> publicIdentities) implements Validatable {
        @Override
        public void validate(FieldErrors at) {
            String problem = IdentityUris.checkPrivate(impi);
            if (problem != null) {
                at.fail("impi", problem);
            }
            List<String> schemes = list(authSchemes);
            boolean wantsAka = aka != null;
            boolean wantsDigest = digest != null;
            for (int i = 0; i < schemes.size(); i++) {
                Optional<AuthScheme> s = AuthScheme.parse(schemes.get(i));
                if (s.isEmpty()) {
                    at.fail("authSchemes[" + i + "]", "unknown auth scheme '" + schemes.get(i)
                            + "' (use DIGEST_AKAV1_MD5 or SIP_DIGEST)");
                }
                at.require(s.get() != AuthScheme.DIGEST_AKAV1_MD5 || aka != null, "aka",
                        "is required for DIGEST_AKAV1_MD5");
                at.require(s.get() != AuthScheme.SIP_DIGEST || digest != null, "digest", "is required for SIP_DIGEST");
                wantsAka &= s.get() != AuthScheme.DIGEST_AKAV1_MD5;
                wantsDigest &= s.get() != AuthScheme.SIP_DIGEST;
            }
            if (!schemes.isEmpty()) {
                at.require(!wantsAka, "aka", "is given but authSchemes does not list DIGEST_AKAV1_MD5");
                at.require(!wantsDigest, "digest", "is given but authSchemes does not list SIP_DIGEST");
            }
            at.require(aka != null || digest != null, "aka", "a private identity needs aka: or digest: credentials");
            at.nested(aka, "aka");
            at.nested(digest, "digest");
        }

        PrivateIdentity toModel(List<String> impus) {
            return new PrivateIdentity(impi, aka == null ? null : aka.toModel(),
                    digest == null ? null : digest.toModel(), impus);
        }
    }

    /**
     * {@code aka:}: hex strings (quote them in YAML); exactly one of {@code opc} and {@code op}.
     *
     * @param k   32 hex digits
     * @param opc 32 hex digits
     * @param op  32 hex digits
     * @param amf 4 hex digits, default 8000
     * @param sqn starting SQN (the first vector uses the next one), default 0
     */
    public record AkaEntry(String k, String opc, String op, String amf, Long sqn) implements Validatable {
        @Override
        public void validate(FieldErrors at) {
            hex(at, k, "k", 16);
            at.require(opc == null || op == null, "op", "give either opc or op, not both");
            at.require(opc != null || op != null, "opc", "is required (or op)");
            if (opc != null) {
                hex(at, opc, "opc", 16);
            } else {
                hex(at, op, "op", 16);
            }
            if (amf != null) {
                hex(at, amf, "amf", 2);
            }
            at.require(sqn == null || (sqn >= 0 && sqn <= Sqn.MAX), "sqn", "must be 0.." + Sqn.MAX);
        }

        private static void hex(FieldErrors at, String value, String field, int bytes) {
            at.requireText(value, field);
            try {
                Hex.parse(value.trim(), bytes);
            } catch (IllegalArgumentException e) {
                at.fail(field, "must be " + bytes * 2 + " hex digits (" + bytes + " bytes): " + e.getMessage());
            }
        }

        AkaCredentials toModel() {
            return new AkaCredentials(Hex.parse(k.trim()), opc == null ? null : Hex.parse(opc.trim()),
                    op == null ? null : Hex.parse(op.trim()), Hex.parse(amf == null ? "8000" : amf.trim()),
                    sqn == null ? 0 : sqn);
        }
    }

    /**
     * {@code digest:}: exactly one of {@code password} and {@code ha1}; {@code realm} is required with ha1.
     *
     * @param password clear-text password
     * @param ha1      MD5(user:realm:password) as 32 hex digits
     * @param realm    the digest realm
     */
    public record DigestEntry(String password, String ha1, String realm) implements Validatable {
        @Override
        public void validate(FieldErrors at) {
            at.require(password == null || ha1 == null, "ha1", "give either password or ha1, not both");
            at.require(password != null || ha1 != null, "password", "is required (or ha1 with realm)");
            at.require(password == null || !password.isEmpty(), "password", "must not be empty");
            at.require(ha1 == null || ha1.matches("[0-9a-fA-F]{32}"), "ha1", "must be 32 hex digits");
            at.require(ha1 == null || realm != null, "realm", "is required with ha1");
        }

        DigestCredentials toModel() {
            return new DigestCredentials(password, ha1 == null ? null : ha1.toLowerCase(java.util.Locale.ROOT), realm);
        }
    }

    /**
     * {@code publicIdentities[]}: an IMPU or PSI.
     *
     * @param identity         sip:, sips: or tel: URI; for WILDCARDED_PSI with {@code !regex!} parts
     * @param type             PUBLIC_USER_IDENTITY (default), DISTINCT_PSI or WILDCARDED_PSI
     * @param barred           default false
     * @param implicitSet      implicit registration set name; default: a set of its own
     * @param serviceProfile   name of a service profile; default none
     * @param canRegister      default true for user identities, false for PSIs
     * @param displayName      optional
     */
    public record PublicEntry(String identity, IdentityType type, Boolean barred, String implicitSet,
                              String serviceProfile, Boolean canRegister, String displayName) implements Validatable {
        @Override
        public void validate(FieldErrors at) {
            IdentityType t = type == null ? IdentityType.PUBLIC_USER_IDENTITY : type;
            String problem = t == IdentityType.WILDCARDED_PSI ? IdentityUris.checkWildcard(identity)
                    : IdentityUris.checkPublic(identity);
            if (problem != null) {
                at.fail("identity", problem);
            }
            at.require(t == IdentityType.WILDCARDED_PSI || !identity.matches(".*![^!]*!.*"), "type",
                    "identity '" + identity + "' has a !wildcard! part: set type: WILDCARDED_PSI");
        }

        PublicIdentity toModel() {
            IdentityType t = type == null ? IdentityType.PUBLIC_USER_IDENTITY : type;
            boolean register = canRegister != null ? canRegister : t == IdentityType.PUBLIC_USER_IDENTITY;
            return new PublicIdentity(identity, t, Boolean.TRUE.equals(barred), implicitSet, serviceProfile, register,
                    displayName);
        }
    }
}
