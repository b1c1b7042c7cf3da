package org.imstb.common.sh;

import java.util.List;
import java.util.Objects;

/**
 * UDR (TS 29.329 §6.1.1): an application server reads user data.
 *
 * @param userIdentity             User-Identity (mandatory)
 * @param wildcardedPublicIdentity Wildcarded-Public-Identity, or null
 * @param serverName               Server-Name: the AS's SIP URI, selects the iFCs for InitialFilterCriteria; or null
 * @param serviceIndications       Service-Indication, one per repository data asked for (RepositoryData)
 * @param dataReferences           Data-Reference, at least one
 * @param identitySets             Identity-Set, for IMSPublicIdentity
 */
public record UserDataRequest(UserIdentity userIdentity, String wildcardedPublicIdentity, String serverName,
        List<String> serviceIndications, List<DataReference> dataReferences, List<IdentitySet> identitySets)
        implements Messages {
    public UserDataRequest {
        Objects.requireNonNull(userIdentity, "userIdentity");
        serviceIndications = serviceIndications == null ? List.of() : List.copyOf(serviceIndications);
        dataReferences = List.copyOf(dataReferences);
        if (dataReferences.isEmpty()) {
            throw new IllegalArgumentException("a UDR needs at least one Data-Reference");
        }
        identitySets = identitySets == null ? List.of() : List.copyOf(identitySets);
    }

    /** A UDR for one kind of data of a public identity. */
    public static UserDataRequest of(String publicIdentity, DataReference dataReference) {
        return new UserDataRequest(UserIdentity.publicIdentity(publicIdentity), null, null, List.of(),
                List.of(dataReference), List.of());
    }

    /** A UDR for the repository data of {@code serviceIndication}. */
    public static UserDataRequest repositoryData(String publicIdentity, String serviceIndication) {
        return new UserDataRequest(UserIdentity.publicIdentity(publicIdentity), null, null,
                List.of(serviceIndication), List.of(DataReference.REPOSITORY_DATA), List.of());
    }
}
