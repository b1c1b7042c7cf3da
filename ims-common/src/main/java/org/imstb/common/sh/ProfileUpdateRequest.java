package org.imstb.common.sh;

import java.util.Objects;

/**
 * PUR (TS 29.329 §6.1.3): an application server updates user data (repository data).
 *
 * @param userIdentity             User-Identity (mandatory)
 * @param wildcardedPublicIdentity Wildcarded-Public-Identity, or null
 * @param dataReference            Data-Reference (mandatory)
 * @param userData                 User-Data: the Sh-Data XML with the new data (mandatory)
 */
public record ProfileUpdateRequest(UserIdentity userIdentity, String wildcardedPublicIdentity,
        DataReference dataReference, String userData) implements Messages {
    public ProfileUpdateRequest {
        Objects.requireNonNull(userIdentity, "userIdentity");
        Objects.requireNonNull(dataReference, "dataReference");
        Objects.requireNonNull(userData, "userData");
    }

    /** A PUR of repository data: {@code userData} is Sh-Data with RepositoryData elements. */
    public static ProfileUpdateRequest repositoryData(String publicIdentity, String userData) {
        return new ProfileUpdateRequest(UserIdentity.publicIdentity(publicIdentity), null,
                DataReference.REPOSITORY_DATA, userData);
    }
}
