package org.imstb.hss.model;

import java.util.List;
import java.util.Objects;

/**
 * An S-CSCF known to the HSS, with the capability numbers it offers (TS 29.228 Server-Capabilities).
 *
 * @param name                  SIP URI, e.g. {@code sip:scscf.domain1.test:6060}
 * @param mandatoryCapabilities capabilities it offers that users may require
 * @param optionalCapabilities  further capabilities it offers
 */
public record Scscf(String name, List<Integer> mandatoryCapabilities, List<Integer> optionalCapabilities) {

    public Scscf {
        Objects.requireNonNull(name, "name");
        mandatoryCapabilities = List.copyOf(mandatoryCapabilities == null ? List.of() : mandatoryCapabilities);
        optionalCapabilities = List.copyOf(optionalCapabilities == null ? List.of() : optionalCapabilities);
    }
}
