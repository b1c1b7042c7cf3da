package org.imstb.hss.model;

import java.util.List;
import java.util.Objects;

/**
 * An IMS subscription (IMSU): the private identities of one customer, the public identities they share, and what
 * the subscription asks of its S-CSCF. Service profiles are shared objects that public identities name.
 *
 * @param name                  unique name, e.g. {@code alice}
 * @param privateIdentities     at least one IMPI
 * @param publicIdentities      the IMPUs and PSIs
 * @param mandatoryCapabilities S-CSCF capabilities the subscription requires
 * @param optionalCapabilities  S-CSCF capabilities it prefers
 * @param preferredScscf        S-CSCF name to assign, or null
 */
public record Subscription(String name, List<PrivateIdentity> privateIdentities,
                           List<PublicIdentity> publicIdentities, List<Integer> mandatoryCapabilities,
                           List<Integer> optionalCapabilities, String preferredScscf) {

    public Subscription {
        Objects.requireNonNull(name, "name");
        privateIdentities = List.copyOf(privateIdentities == null ? List.of() : privateIdentities);
        publicIdentities = List.copyOf(publicIdentities == null ? List.of() : publicIdentities);
        mandatoryCapabilities = List.copyOf(mandatoryCapabilities == null ? List.of() : mandatoryCapabilities);
        optionalCapabilities = List.copyOf(optionalCapabilities == null ? List.of() : optionalCapabilities);
    }

    /** A subscription without capability requirements. */
    public Subscription(String name, List<PrivateIdentity> privateIdentities, List<PublicIdentity> publicIdentities) {
        this(name, privateIdentities, publicIdentities, List.of(), List.of(), null);
    }

    /** Capabilities in the shape of the Server-Capabilities AVP. */
    public ServerCapabilities serverCapabilities() {
        return new ServerCapabilities(mandatoryCapabilities, optionalCapabilities,
                preferredScscf == null ? List.of() : List.of(preferredScscf));
    }
}
