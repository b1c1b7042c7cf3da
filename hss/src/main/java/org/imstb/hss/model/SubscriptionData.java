package org.imstb.hss.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything the Cx User-Data (TS 29.228 Annex E IMSSubscription) of one registration needs: the private
 * identity, the public identities of the implicit registration set grouped by service profile, and the
 * application servers the profiles' iFCs name.
 *
 * @param subscription       name of the subscription
 * @param privateIdentity    the IMPI
 * @param profiles           one entry per service profile, in the order the set's identities first use them
 * @param applicationServers the application servers named by the iFCs (those provisioned)
 */
public record SubscriptionData(String subscription, String privateIdentity, List<ProfileData> profiles,
                               List<ApplicationServer> applicationServers) {

    public SubscriptionData {
        Objects.requireNonNull(privateIdentity, "privateIdentity");
        profiles = List.copyOf(profiles);
        applicationServers = List.copyOf(applicationServers);
    }

    /**
     * A service profile with the public identities that use it.
     *
     * @param profile          the profile (an empty one for identities without a profile)
     * @param publicIdentities the identities
     */
    public record ProfileData(ServiceProfile profile, List<PublicIdentity> publicIdentities) {
        public ProfileData {
            Objects.requireNonNull(profile, "profile");
            publicIdentities = List.copyOf(publicIdentities);
        }
    }
}
