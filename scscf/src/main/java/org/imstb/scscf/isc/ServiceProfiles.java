package org.imstb.scscf.isc;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.imstb.common.cx.userdata.ImsSubscription;
import org.imstb.common.cx.userdata.ServiceProfile;
import org.imstb.common.cx.userdata.UserDataException;
import org.imstb.scscf.registrar.Registration;

/**
 * The service profile of a public identity, from the User-Data XML the HSS sent in the SAA: a registered user's is
 * parsed once and kept with its {@link Registration}; an unregistered user's document is parsed once and cached here
 * (bounded).
 */
public final class ServiceProfiles {
    private static final int MAX = 10_000;

    private final Map<String, ImsSubscription> parsed = new ConcurrentHashMap<>();

    /** The profile holding {@code publicIdentity} in the user data of a registration (parsed once, kept with it). */
    public Optional<ServiceProfile> of(Registration registration, String publicIdentity) {
        return registration.subscription().flatMap(sub -> sub.profileOf(publicIdentity));
    }

    /** The profile holding {@code publicIdentity} in {@code userData}; empty when the data is absent or unusable. */
    public Optional<ServiceProfile> of(String userData, String publicIdentity) {
        if (userData == null) {
            return Optional.empty();
        }
        ImsSubscription sub = parsed.get(userData);
        if (sub == null) {
            try {
                sub = ImsSubscription.parse(userData);
            } catch (UserDataException | IllegalArgumentException e) {
                return Optional.empty();
            }
            if (parsed.size() >= MAX) {
                parsed.clear();
            }
            parsed.put(userData, sub);
        }
        return sub.profileOf(publicIdentity);
    }
}
