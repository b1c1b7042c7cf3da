package org.imstb.common.cx.userdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Cx User-Data document, {@code <IMSSubscription>} (TS 29.228 Annex B/E), as parsed by {@link #parse(String)}.
 *
 * @param privateId       {@code <PrivateID>}
 * @param serviceProfiles the {@code <ServiceProfile>} elements in document order, at least one
 */
public record ImsSubscription(String privateId, List<ServiceProfile> serviceProfiles) {

    public ImsSubscription {
        Objects.requireNonNull(privateId, "privateId");
        serviceProfiles = List.copyOf(serviceProfiles);
        if (serviceProfiles.isEmpty()) {
            throw new IllegalArgumentException("a subscription needs at least one service profile");
        }
    }

    /**
     * Parses User-Data XML.
     *
     * @throws UserDataException when the text is not well-formed XML, has a DOCTYPE, has another root element, or
     *                           lacks a mandatory element or has a value out of its type; the message names the
     *                           element
     */
    public static ImsSubscription parse(String xml) {
        return UserDataParser.parse(xml);
    }

    /** All public identities of all service profiles, in document order. */
    public List<PublicIdentity> allPublicIdentities() {
        List<PublicIdentity> all = new ArrayList<>();
        for (ServiceProfile profile : serviceProfiles) {
            all.addAll(profile.publicIdentities());
        }
        return List.copyOf(all);
    }

    /** The public identity element for {@code uri}: an exact match, else a wildcarded PSI it falls under. */
    public Optional<PublicIdentity> publicIdentity(String uri) {
        List<PublicIdentity> all = allPublicIdentities();
        for (PublicIdentity p : all) {
            if (p.identity().equals(uri)) {
                return Optional.of(p);
            }
        }
        return all.stream().filter(p -> p.matches(uri)).findFirst();
    }

    /** The service profile that holds {@code publicIdentity} (exact match first, then wildcarded PSIs). */
    public Optional<ServiceProfile> profileOf(String publicIdentity) {
        return publicIdentity(publicIdentity).flatMap(p -> serviceProfiles.stream()
                .filter(sp -> sp.publicIdentities().contains(p))
                .findFirst());
    }

    /** The identities a UE may register: not barred and of IdentityType 0, in document order. */
    public List<String> registrableIdentities() {
        return allPublicIdentities().stream()
                .filter(PublicIdentity::registrable)
                .map(PublicIdentity::identity)
                .toList();
    }

    /**
     * The display name the network uses for {@code publicIdentity} when the UE gives none (e.g. in
     * P-Asserted-Identity): its {@code DisplayName}, or null when it has none or is not in this subscription.
     */
    public String defaultDisplayName(String publicIdentity) {
        return publicIdentity(publicIdentity).map(PublicIdentity::displayName).orElse(null);
    }
}
