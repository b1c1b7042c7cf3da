package org.imstb.pcscf.registration;

import java.util.List;

/**
 * What the P-CSCF keeps per registered UE contact (TS 24.229 §5.2.2): the contact, the public identities the network
 * associated with it (P-Associated-URI, the first being the default), the Service-Route to enforce, and the expiry.
 *
 * @param contactUri   the contact URI the UE registered
 * @param flow         the UE's address as {@code host:port} (from the contact), used to recognise its requests
 * @param identities   P-Associated-URI values in order
 * @param serviceRoute Service-Route values in order
 * @param expiresAtMs  when the binding expires
 */
public record UeRegistration(String contactUri, String flow, List<String> identities, List<String> serviceRoute,
        long expiresAtMs) {
    public UeRegistration {
        identities = List.copyOf(identities);
        serviceRoute = List.copyOf(serviceRoute);
    }

    /** The default public identity (the first P-Associated-URI). */
    public String defaultIdentity() {
        return identities.get(0);
    }

    /** True if {@code identity} is one of this UE's public identities. */
    public boolean owns(String identity) {
        return identities.stream().anyMatch(i -> i.equalsIgnoreCase(identity));
    }
}
