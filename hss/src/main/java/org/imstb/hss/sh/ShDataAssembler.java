package org.imstb.hss.sh;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.imstb.common.sh.DataReference;
import org.imstb.common.sh.IdentitySet;
import org.imstb.common.sh.data.ImsUserState;
import org.imstb.common.sh.data.RepositoryData;
import org.imstb.common.sh.data.ShData;
import org.imstb.common.sh.data.ShImsData;
import org.imstb.hss.model.InitialFilterCriteria;
import org.imstb.hss.model.PublicIdentity;
import org.imstb.hss.model.RegistrationRecord;
import org.imstb.hss.model.RegistrationState;
import org.imstb.hss.store.SubscriberStore;

/**
 * Collects the Sh-Data (TS 29.328 Annex C) of one public identity for the Data-References the HSS serves:
 * RepositoryData, IMSPublicIdentity, IMSUserState, S-CSCFName and InitialFilterCriteria.
 */
final class ShDataAssembler {
    private final HssSh sh;

    ShDataAssembler(HssSh sh) {
        this.sh = sh;
    }

    /**
     * The data of {@code impu} for {@code refs}. Repository data is included for each Service-Indication that has
     * some; identities per Identity-Set (none given: ALL_IDENTITIES); iFCs of the identity's service profile, only
     * those naming {@code serverName} when it is given.
     */
    ShData read(PublicIdentity impu, Collection<DataReference> refs, List<String> serviceIndications,
            List<IdentitySet> identitySets, String serverName) {
        List<String> identities = new ArrayList<>();
        List<RepositoryData> repository = new ArrayList<>();
        String scscf = null;
        ImsUserState state = null;
        List<String> ifcs = new ArrayList<>();
        boolean ims = false;
        for (DataReference ref : new LinkedHashSet<>(refs)) {
            switch (ref) {
                case REPOSITORY_DATA -> serviceIndications.stream().distinct()
                        .forEach(si -> sh.sh().repositoryData(impu.identity(), si).ifPresent(repository::add));
                case IMS_PUBLIC_IDENTITY -> identities.addAll(identities(impu, identitySets));
                case IMS_USER_STATE -> {
                    ims = true;
                    state = userState(sh.store().registration(impu.identity()));
                }
                case S_CSCF_NAME -> {
                    ims = true;
                    scscf = sh.store().registration(impu.identity()).scscfName();
                }
                case INITIAL_FILTER_CRITERIA -> {
                    ims = true;
                    ifcs.addAll(ifcs(impu, serverName));
                }
                default -> throw new IllegalArgumentException("Data-Reference " + ref + " is not served");
            }
        }
        return new ShData(identities, repository, ims ? new ShImsData(scscf, ifcs, state) : null);
    }

    /** IMSUserState of a registration (TS 29.328 §7.6.3). */
    static ImsUserState userState(RegistrationRecord r) {
        return switch (r.state()) {
            case REGISTERED -> ImsUserState.REGISTERED;
            case UNREGISTERED -> ImsUserState.REGISTERED_UNREG_SERVICES;
            case NOT_REGISTERED -> r.impi() != null && r.scscfName() != null ? ImsUserState.AUTHENTICATION_PENDING
                    : ImsUserState.NOT_REGISTERED;
        };
    }

    private List<String> identities(PublicIdentity impu, List<IdentitySet> sets) {
        SubscriberStore store = sh.store();
        Set<String> out = new LinkedHashSet<>();
        for (IdentitySet set : sets.isEmpty() ? List.of(IdentitySet.ALL_IDENTITIES) : sets) {
            switch (set) {
                case ALL_IDENTITIES -> store.subscriptionIdentities(impu.identity())
                        .forEach(p -> out.add(p.identity()));
                case REGISTERED_IDENTITIES -> store.subscriptionIdentities(impu.identity()).stream()
                        .filter(p -> store.registration(p.identity()).state() == RegistrationState.REGISTERED)
                        .forEach(p -> out.add(p.identity()));
                case IMPLICIT_IDENTITIES -> store.implicitSet(impu.identity()).forEach(p -> out.add(p.identity()));
                case ALIAS_IDENTITIES -> store.implicitSet(impu.identity()).stream()
                        .filter(p -> Objects.equals(p.serviceProfile(), impu.serviceProfile()))
                        .forEach(p -> out.add(p.identity()));
            }
        }
        return List.copyOf(out);
    }

    private List<String> ifcs(PublicIdentity impu, String serverName) {
        if (impu.serviceProfile() == null) {
            return List.of();
        }
        return sh.store().serviceProfile(impu.serviceProfile()).map(p -> p.initialFilterCriteria().stream()
                .filter(i -> serverName == null || i.serverName().equalsIgnoreCase(serverName.trim()))
                .map(InitialFilterCriteria::xml).toList()).orElse(List.of());
    }
}
