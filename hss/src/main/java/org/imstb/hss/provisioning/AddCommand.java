package org.imstb.hss.provisioning;

import java.util.ArrayList;
import java.util.List;
import org.imstb.common.util.Hex;
import org.imstb.hss.model.AkaCredentials;
import org.imstb.hss.model.DigestCredentials;
import org.imstb.hss.model.IdentityType;
import org.imstb.hss.model.IdentityUris;
import org.imstb.hss.model.PrivateIdentity;
import org.imstb.hss.model.PublicIdentity;
import org.imstb.hss.model.Sqn;
import org.imstb.hss.model.Subscription;
import org.imstb.hss.store.SubscriberStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code imstb hss add}: one subscription with one private identity. All public identities form one implicit
 * registration set (named after the subscription) and use {@code --profile} if given. The name defaults to the
 * user part of the IMPI. Fails (exit 2) if the name or an identity exists.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Add a subscriber: one IMPI, its IMPUs (one implicit set) and AKA or digest credentials.")
public final class AddCommand extends StoreCommand {
    /** Authentication choice. */
    enum Auth { aka, digest }

    @Option(names = "--name", description = "subscription name (default: user part of --impi)")
    String name;
    @Option(names = "--impi", required = true, description = "private identity, user@realm")
    String impi;
    @Option(names = "--impu", required = true, description = "public identity, sip:/sips:/tel: URI (repeatable)")
    List<String> impus;
    @Option(names = "--auth", required = true, description = "aka (Digest-AKAv1-MD5) or digest (SIP Digest MD5)")
    Auth auth;
    @Option(names = "--k", description = "AKA: K, 32 hex digits")
    String k;
    @Option(names = "--opc", description = "AKA: OPc, 32 hex digits")
    String opc;
    @Option(names = "--op", description = "AKA: OP, 32 hex digits (instead of --opc)")
    String op;
    @Option(names = "--amf", defaultValue = "8000", description = "AKA: AMF, 4 hex digits (default ${DEFAULT-VALUE})")
    String amf;
    @Option(names = "--sqn", defaultValue = "0", description = "AKA: starting SQN (default ${DEFAULT-VALUE})")
    long sqn;
    @Option(names = "--password", description = "digest: password")
    String password;
    @Option(names = "--realm", description = "digest: realm (optional)")
    String realm;
    @Option(names = "--profile", description = "service profile of all public identities (must exist)")
    String profile;
    @Option(names = "--scscf", description = "preferred S-CSCF SIP URI")
    String scscf;

    @Override
    int execute() {
        Subscription s = subscription();
        try (SubscriberStore store = db.open()) {
            store.add(s);
        }
        out().println("added subscription " + s.name() + " (" + impi + ", " + String.join(", ", impus) + ")");
        return 0;
    }

    Subscription subscription() {
        problem("--impi", IdentityUris.checkPrivate(impi));
        String subscription = name != null ? name : impi.substring(0, impi.indexOf('@'));
        if (!subscription.matches("[A-Za-z0-9][A-Za-z0-9._@+:-]*")) {
            throw new BadInput("--name: must be letters, digits and . _ @ + : - (got '" + subscription + "')");
        }
        List<PublicIdentity> publics = new ArrayList<>();
        for (String impu : impus) {
            problem("--impu", IdentityUris.checkPublic(impu));
            if (publics.stream().anyMatch(p -> IdentityUris.key(p.identity()).equals(IdentityUris.key(impu)))) {
                throw new BadInput("--impu: " + impu + " is given twice");
            }
            publics.add(new PublicIdentity(impu, IdentityType.PUBLIC_USER_IDENTITY, false, subscription, profile,
                    true, null));
        }
        if (scscf != null && !IdentityUris.isSipUri(scscf)) {
            throw new BadInput("--scscf: must be a SIP URI, got '" + scscf + "'");
        }
        List<String> all = publics.stream().map(PublicIdentity::identity).toList();
        PrivateIdentity p = auth == Auth.aka ? new PrivateIdentity(impi, aka(), null, all)
                : new PrivateIdentity(impi, null, digest(), all);
        return new Subscription(subscription, List.of(p), publics, List.of(), List.of(), scscf);
    }

    private AkaCredentials aka() {
        if (password != null) {
            throw new BadInput("--password: only with --auth digest");
        }
        if ((opc == null) == (op == null)) {
            throw new BadInput("--opc: give either --opc or --op with --auth aka");
        }
        if (sqn < 0 || sqn > Sqn.MAX) {
            throw new BadInput("--sqn: must be 0.." + Sqn.MAX);
        }
        return new AkaCredentials(hex("--k", k, 16), opc == null ? null : hex("--opc", opc, 16),
                op == null ? null : hex("--op", op, 16), hex("--amf", amf, 2), sqn);
    }

    private DigestCredentials digest() {
        if (k != null || opc != null || op != null) {
            throw new BadInput("--k/--opc/--op: only with --auth aka");
        }
        if (password == null || password.isEmpty()) {
            throw new BadInput("--password: is required with --auth digest");
        }
        return new DigestCredentials(password, null, realm);
    }

    private static byte[] hex(String option, String value, int bytes) {
        if (value == null) {
            throw new BadInput(option + ": is required with --auth aka");
        }
        try {
            return Hex.parse(value.trim(), bytes);
        } catch (IllegalArgumentException e) {
            throw new BadInput(option + ": must be " + bytes * 2 + " hex digits (" + bytes + " bytes): "
                    + e.getMessage());
        }
    }

    private static void problem(String option, String problem) {
        if (problem != null) {
            throw new BadInput(option + ": " + problem);
        }
    }
}
