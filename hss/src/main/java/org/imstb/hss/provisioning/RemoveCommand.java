package org.imstb.hss.provisioning;

import org.imstb.hss.store.SubscriberStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code imstb hss remove NAME}: removes a subscription with its identities and registrations. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Remove a subscription, its identities and their registrations.")
public final class RemoveCommand extends StoreCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "subscription name")
    String name;

    @Override
    int execute() {
        try (SubscriberStore store = db.open()) {
            if (!store.removeSubscription(name)) {
                throw new BadInput("NAME: no subscription named '" + name + "'");
            }
            out().println("removed subscription " + name);
        }
        return 0;
    }
}
