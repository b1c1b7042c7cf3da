package org.imstb.common.sip.privacy;

import java.util.List;

import org.imstb.common.config.FieldErrors;
import org.imstb.common.config.Validatable;

/**
 * The {@code privacy} section of a CSCF's configuration (docs/cscf.md).
 *
 * @param trustedDomains operator domains trusted with asserted identities besides the node's own (the domain of its
 *                       {@code sip.host}); default none
 */
public record PrivacyConfig(List<String> trustedDomains) implements Validatable {
    public PrivacyConfig {
        trustedDomains = trustedDomains == null ? List.of() : List.copyOf(trustedDomains);
    }

    /** Only the own domain is trusted. */
    public static PrivacyConfig defaults() {
        return new PrivacyConfig(null);
    }

    /** The trust domain of a node whose own domain is {@code ownDomain}. */
    public TrustDomain trustDomain(String ownDomain) {
        return new TrustDomain(ownDomain, trustedDomains);
    }

    @Override
    public void validate(FieldErrors at) {
        at.requireAll(trustedDomains, "trustedDomains", d -> d != null && !d.isBlank() && !TrustDomain.isAddress(d),
                "must be domain names");
    }
}
