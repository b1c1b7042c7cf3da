package org.imstb.hss.provisioning;

import static org.imstb.hss.provisioning.CatalogEntries.list;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.imstb.common.config.FieldErrors;
import org.imstb.common.config.Validatable;
import org.imstb.hss.model.IdentityUris;
import org.imstb.hss.model.InitialFilterCriteria;
import org.imstb.hss.model.ProvisioningSet;
import org.imstb.hss.provisioning.CatalogEntries.ApplicationServerEntry;
import org.imstb.hss.provisioning.CatalogEntries.ScscfEntry;
import org.imstb.hss.provisioning.CatalogEntries.ServiceProfileEntry;
import org.imstb.hss.provisioning.SubscriptionEntry.PrivateEntry;
import org.imstb.hss.provisioning.SubscriptionEntry.PublicEntry;

/**
 * A whole subscriber file as written in YAML (see {@link ProvisioningFile} for the format). Validation checks each
 * entry and then the file as a whole: unique names and identities, and references to service profiles and
 * application servers that the file or the store ({@link KnownNames}) defines.
 *
 * @param scscfs             S-CSCFs
 * @param applicationServers application servers
 * @param serviceProfiles    service profiles
 * @param subscriptions      subscriptions
 */
public record ProvisioningDocument(List<ScscfEntry> scscfs, List<ApplicationServerEntry> applicationServers,
                                   List<ServiceProfileEntry> serviceProfiles, List<SubscriptionEntry> subscriptions)
        implements Validatable {

    private static final ThreadLocal<KnownNames> KNOWN = ThreadLocal.withInitial(KnownNames::none);

    /** Runs {@code work} (which binds a document) with {@code known} visible to validation. */
    static <T> T withKnown(KnownNames known, java.util.function.Supplier<T> work) {
        KNOWN.set(known);
        try {
            return work.get();
        } finally {
            KNOWN.remove();
        }
    }

    @Override
    public void validate(FieldErrors at) {
        KnownNames known = KNOWN.get();
        at.nested(scscfs, "scscfs");
        unique(at, "scscfs", list(scscfs), ScscfEntry::name, "name");
        at.nested(applicationServers, "applicationServers");
        unique(at, "applicationServers", list(applicationServers), ApplicationServerEntry::name, "name");
        unique(at, "applicationServers", list(applicationServers), ApplicationServerEntry::serverName, "serverName");
        at.nested(serviceProfiles, "serviceProfiles");
        unique(at, "serviceProfiles", list(serviceProfiles), ServiceProfileEntry::name, "name");
        Set<String> servers = new HashSet<>();
        list(applicationServers).forEach(a -> servers.add(a.serverName()));
        for (int i = 0; i < list(serviceProfiles).size(); i++) {
            List<InitialFilterCriteria> ifcs = serviceProfiles.get(i).parsed();
            for (int j = 0; j < ifcs.size(); j++) {
                String server = ifcs.get(j).serverName();
                at.at("serviceProfiles", i).require(servers.contains(server) || known.hasApplicationServer(server),
                        "initialFilterCriteria[" + j + "]", "<ServerName> " + server
                                + " is not an application server of this file or the store");
            }
        }
        at.nested(subscriptions, "subscriptions");
        unique(at, "subscriptions", list(subscriptions), SubscriptionEntry::name, "name");
        checkIdentities(at, known);
    }

    private void checkIdentities(FieldErrors at, KnownNames known) {
        Set<String> profiles = new HashSet<>();
        list(serviceProfiles).forEach(p -> profiles.add(p.name()));
        Set<String> replaced = new HashSet<>();
        list(subscriptions).forEach(s -> replaced.add(s.name()));
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < list(subscriptions).size(); i++) {
            FieldErrors sub = at.at("subscriptions", i);
            List<PrivateEntry> privates = subscriptions.get(i).privateIdentities();
            for (int j = 0; j < privates.size(); j++) {
                identity(sub.at("privateIdentities", j), "impi", privates.get(j).impi(), privates.get(j).impi(),
                        seen, known, replaced);
            }
            List<PublicEntry> publics = subscriptions.get(i).publicIdentities();
            for (int j = 0; j < publics.size(); j++) {
                PublicEntry p = publics.get(j);
                FieldErrors pat = sub.at("publicIdentities", j);
                identity(pat, "identity", p.identity(), IdentityUris.key(p.identity()), seen, known, replaced);
                pat.require(p.serviceProfile() == null || profiles.contains(p.serviceProfile())
                        || known.hasServiceProfile(p.serviceProfile()), "serviceProfile", "unknown service profile '"
                        + p.serviceProfile() + "' (not in this file's serviceProfiles nor in the store)");
            }
        }
    }

    private static void identity(FieldErrors at, String field, String identity, String key, Map<String, String> seen,
                                 KnownNames known, Set<String> replaced) {
        String before = seen.putIfAbsent(key, at.at(field).path());
        at.require(before == null, field, "duplicate identity '" + identity + "', already used at " + before);
        Optional<String> owner = known.ownerOf(identity);
        at.require(owner.isEmpty() || replaced.contains(owner.get()), field, "identity '" + identity
                + "' already belongs to subscription '" + owner.orElse("") + "' in the store");
    }

    private static <T> void unique(FieldErrors at, String listField, List<T> items, Function<T, String> name,
                                   String field) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Integer before = seen.putIfAbsent(name.apply(items.get(i)), i);
            if (before != null) {
                at.at(listField, i).fail(field, "duplicate " + field + " '" + name.apply(items.get(i))
                        + "', already used by " + listField + "[" + before + "]");
            }
        }
    }

    /** The model objects (call after validation). */
    public ProvisioningSet toModel() {
        return new ProvisioningSet(list(scscfs).stream().map(ScscfEntry::toModel).toList(),
                list(applicationServers).stream().map(ApplicationServerEntry::toModel).toList(),
                list(serviceProfiles).stream().map(ServiceProfileEntry::toModel).toList(),
                list(subscriptions).stream().map(SubscriptionEntry::toModel).toList());
    }
}
