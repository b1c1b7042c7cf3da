package org.imstb.hss.cx;

import java.util.ArrayList;
import java.util.List;
import org.imstb.common.cx.ServerCapabilities;
import org.imstb.hss.HssConfig;
import org.imstb.hss.model.PublicIdentity;
import org.imstb.hss.model.Scscf;
import org.imstb.hss.store.SubscriberStore;

/**
 * What the Cx handlers share: the store, the Cx settings and the home realm; plus the two decisions several
 * commands make (server capabilities for S-CSCF selection, whether a user has services while unregistered).
 */
public final class HssCx {
    private final SubscriberStore store;
    private final HssConfig.CxConfig config;
    private final String realm;

    public HssCx(SubscriberStore store, HssConfig.CxConfig config, String realm) {
        this.store = store;
        this.config = config;
        this.realm = realm;
    }

    public SubscriberStore store() {
        return store;
    }

    HssConfig.CxConfig config() {
        return config;
    }

    String realm() {
        return realm;
    }

    boolean roamingAllowed(String visitedNetwork) {
        return config.allowedVisitedNetworks().isEmpty() || config.allowedVisitedNetworks().contains(visitedNetwork);
    }

    /**
     * Server-Capabilities for the I-CSCF's S-CSCF selection: the subscription's required and wished capabilities,
     * and the names of the provisioned S-CSCFs that have every mandatory one (the preferred one first).
     */
    ServerCapabilities capabilitiesFor(String impu) {
        org.imstb.hss.model.ServerCapabilities wanted = store.serverCapabilities(impu)
                .orElse(new org.imstb.hss.model.ServerCapabilities(List.of(), List.of(), List.of()));
        List<String> names = new ArrayList<>(wanted.serverNames());
        for (Scscf s : store.scscfs()) {
            if (s.mandatoryCapabilities().containsAll(wanted.mandatory()) && !names.contains(s.name())) {
                names.add(s.name());
            }
        }
        return new ServerCapabilities(wanted.mandatory().stream().map(Integer::longValue).toList(),
                wanted.optional().stream().map(Integer::longValue).toList(), names);
    }

    /** A user has services while unregistered when its profile has at least one initial filter criterion. */
    boolean hasServices(PublicIdentity impu) {
        return impu.serviceProfile() != null && store.serviceProfile(impu.serviceProfile())
                .map(p -> !p.initialFilterCriteria().isEmpty()).orElse(false);
    }
}
