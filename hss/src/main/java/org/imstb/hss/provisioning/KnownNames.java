package org.imstb.hss.provisioning;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.imstb.hss.model.ApplicationServer;
import org.imstb.hss.model.ServiceProfile;
import org.imstb.hss.store.SubscriberStore;

/**
 * What a subscriber file may refer to without defining it: service profiles and application servers already in
 * the store, and the owners of identities already stored (an identity owned by a subscription that the file does
 * not replace is a duplicate).
 */
public interface KnownNames {

    /** Whether a service profile of this name exists outside the file. */
    boolean hasServiceProfile(String name);

    /** Whether an application server with this SIP URI exists outside the file. */
    boolean hasApplicationServer(String serverName);

    /** The subscription that holds {@code identity} (IMPI or IMPU) outside the file. */
    Optional<String> ownerOf(String identity);

    /** Nothing is known: a file must define everything it uses. */
    static KnownNames none() {
        return new KnownNames() {
            @Override
            public boolean hasServiceProfile(String name) {
                return false;
            }

            @Override
            public boolean hasApplicationServer(String serverName) {
                return false;
            }

            @Override
            public Optional<String> ownerOf(String identity) {
                return Optional.empty();
            }
        };
    }

    /** The content of {@code store} (profile and server names read now, owners looked up on demand). */
    static KnownNames of(SubscriberStore store) {
        Set<String> profiles = store.serviceProfiles().stream().map(ServiceProfile::name).collect(Collectors.toSet());
        Set<String> servers = store.applicationServers().stream().map(ApplicationServer::serverName)
                .collect(Collectors.toSet());
        return new KnownNames() {
            @Override
            public boolean hasServiceProfile(String name) {
                return profiles.contains(name);
            }

            @Override
            public boolean hasApplicationServer(String serverName) {
                return servers.contains(serverName);
            }

            @Override
            public Optional<String> ownerOf(String identity) {
                return store.ownerOf(identity);
            }
        };
    }
}
