package org.imstb.common.cx;

import org.imstb.common.config.FieldErrors;
import org.imstb.common.config.Validatable;

/**
 * The HSS that a CSCF's Cx requests go to (a config section of the I-CSCF and S-CSCF).
 *
 * @param host  its Diameter identity (Destination-Host); null routes by realm only
 * @param realm its realm (Destination-Realm)
 */
public record HssRef(String host, String realm) implements Validatable {
    @Override
    public void validate(FieldErrors at) {
        at.requireText(realm, "realm");
    }
}
