package org.imstb.ue;

import java.util.List;

/**
 * How a REGISTER transaction chain ended.
 *
 * @param status          final status code (200 on success)
 * @param reason          reason phrase
 * @param serviceRoute    Service-Route values from the 200
 * @param associatedUris  P-Associated-URI values from the 200 (the default public identity first)
 * @param contacts        Contact values from the 200, as sent by the registrar (with expires)
 * @param expires         the expiry granted to our contact, or 0
 * @param challenges      how many 401 challenges it took
 * @param resynchronised  true if the USIM asked for AKA resynchronisation on the way
 */
public record RegistrationResult(int status, String reason, List<String> serviceRoute, List<String> associatedUris,
        List<String> contacts, int expires, int challenges, boolean resynchronised) {
    public RegistrationResult {
        serviceRoute = List.copyOf(serviceRoute);
        associatedUris = List.copyOf(associatedUris);
        contacts = List.copyOf(contacts);
    }

    public boolean ok() {
        return status == 200;
    }
}
