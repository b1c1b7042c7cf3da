package org.imstb.hss.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A service profile (TS 29.228 Annex B): initial filter criteria plus optional shared iFC set ids and the
 * subscribed media profile id of CoreNetworkServicesAuthorization. Profiles are shared: public identities of any
 * subscription refer to them by name.
 *
 * @param name                     unique name
 * @param initialFilterCriteria    iFCs, kept sorted by priority
 * @param sharedIfcSets            SharedIFCSetID values
 * @param subscribedMediaProfileId SubscribedMediaProfileId, or null when no CoreNetworkServicesAuthorization
 */
public record ServiceProfile(String name, List<InitialFilterCriteria> initialFilterCriteria,
                             List<Integer> sharedIfcSets, Integer subscribedMediaProfileId) {

    public ServiceProfile {
        Objects.requireNonNull(name, "name");
        initialFilterCriteria = (initialFilterCriteria == null ? List.<InitialFilterCriteria>of()
                : initialFilterCriteria).stream()
                .sorted(Comparator.comparingInt(InitialFilterCriteria::priority)).toList();
        sharedIfcSets = List.copyOf(sharedIfcSets == null ? List.of() : sharedIfcSets);
    }

    /** A profile without iFCs, used for identities that name no profile. */
    public static ServiceProfile empty(String name) {
        return new ServiceProfile(name, List.of(), List.of(), null);
    }
}
