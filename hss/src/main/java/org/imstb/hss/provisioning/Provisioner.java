package org.imstb.hss.provisioning;

import java.nio.file.Path;
import org.imstb.common.config.ConfigException;
import org.imstb.hss.model.ProvisioningSet;
import org.imstb.hss.store.ConflictException;
import org.imstb.hss.store.SubscriberStore;

/**
 * Applies subscriber files to a store, all or nothing (see {@link ProvisioningFile} for the format and the
 * replace-by-name rule that makes re-import idempotent).
 */
public final class Provisioner {
    private Provisioner() {
    }

    /** What an import applied. */
    public record ImportResult(int scscfs, int applicationServers, int serviceProfiles, int subscriptions) {
        @Override
        public String toString() {
            return subscriptions + " subscriptions, " + serviceProfiles + " service profiles, " + applicationServers
                    + " application servers, " + scscfs + " S-CSCFs";
        }
    }

    /**
     * Reads, validates and applies {@code file} in one transaction.
     *
     * @return the number of subscriptions applied
     * @throws ConfigException naming file, line and field for any bad input; the store is then unchanged
     */
    public static int importFile(SubscriberStore store, Path file) {
        return importWithSummary(store, file).subscriptions();
    }

    /** As {@link #importFile}, telling how many objects of each kind were applied. */
    public static ImportResult importWithSummary(SubscriberStore store, Path file) {
        ProvisioningSet set = ProvisioningFile.read(file, KnownNames.of(store));
        try {
            store.apply(set);
        } catch (ConflictException | IllegalArgumentException e) {
            throw new ConfigException(file, 0, "", e.getMessage(), e);
        }
        return new ImportResult(set.scscfs().size(), set.applicationServers().size(), set.serviceProfiles().size(),
                set.subscriptions().size());
    }
}
