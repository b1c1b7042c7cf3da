package org.imstb.hss.provisioning;

import java.nio.file.Path;
import org.imstb.hss.store.SubscriberStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code imstb hss import FILE}: applies a subscriber file in one transaction (see {@link ProvisioningFile}). */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a YAML subscriber file; all or nothing, idempotent (subscriptions replaced by name).")
public final class ImportCommand extends StoreCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "the YAML subscriber file")
    Path file;

    @Override
    int execute() {
        try (SubscriberStore store = db.open()) {
            Provisioner.ImportResult r = Provisioner.importWithSummary(store, file);
            out().println("imported " + r + " from " + file);
        }
        return 0;
    }
}
