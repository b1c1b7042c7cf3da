package org.imstb.hss.model;

import java.util.List;

/**
 * A set of provisioning data applied in one transaction (the content of a subscriber file).
 *
 * @param scscfs             S-CSCFs
 * @param applicationServers application servers
 * @param serviceProfiles    service profiles
 * @param subscriptions      subscriptions
 */
public record ProvisioningSet(List<Scscf> scscfs, List<ApplicationServer> applicationServers,
                              List<ServiceProfile> serviceProfiles, List<Subscription> subscriptions) {

    public ProvisioningSet {
        scscfs = List.copyOf(scscfs == null ? List.of() : scscfs);
        applicationServers = List.copyOf(applicationServers == null ? List.of() : applicationServers);
        serviceProfiles = List.copyOf(serviceProfiles == null ? List.of() : serviceProfiles);
        subscriptions = List.copyOf(subscriptions == null ? List.of() : subscriptions);
    }
}
