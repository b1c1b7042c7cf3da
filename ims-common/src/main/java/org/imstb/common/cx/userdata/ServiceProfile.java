package org.imstb.common.cx.userdata;

import java.util.List;

/**
 * One {@code <ServiceProfile>} of the User-Data: the public identities that share it (in document order), the
 * subscribed media profile and the iFCs (in document order; see {@link #ifcsByPriority()}).
 *
 * @param publicIdentities         at least one
 * @param subscribedMediaProfileId {@code <CoreNetworkServicesAuthorization><SubscribedMediaProfileId>}, or -1
 * @param ifcs                     the {@code <InitialFilterCriteria>} elements
 */
public record ServiceProfile(List<PublicIdentity> publicIdentities, int subscribedMediaProfileId,
                             List<InitialFilterCriteria> ifcs) {

    public ServiceProfile {
        publicIdentities = List.copyOf(publicIdentities);
        ifcs = List.copyOf(ifcs);
        if (publicIdentities.isEmpty()) {
            throw new IllegalArgumentException("a service profile needs at least one public identity");
        }
        if (subscribedMediaProfileId < -1) {
            throw new IllegalArgumentException("subscribedMediaProfileId must be >= -1, got "
                    + subscribedMediaProfileId);
        }
    }

    /** The iFCs sorted by priority, lowest first (stable: equal priorities keep document order). */
    public List<InitialFilterCriteria> ifcsByPriority() {
        return ifcs.stream()
                .sorted((a, b) -> Integer.compare(a.priority(), b.priority()))
                .toList();
    }
}
