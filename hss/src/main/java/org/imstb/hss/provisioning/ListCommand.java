package org.imstb.hss.provisioning;

import java.util.stream.Collectors;
import org.imstb.hss.model.PrivateIdentity;
import org.imstb.hss.model.PublicIdentity;
import org.imstb.hss.model.Subscription;
import org.imstb.hss.store.SubscriberStore;
import picocli.CommandLine.Command;

/** {@code imstb hss list}: one line per subscription: name, private identities, public identities. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List subscriptions: NAME<TAB>IMPIs<TAB>IMPUs (comma-separated).")
public final class ListCommand extends StoreCommand {
    @Override
    int execute() {
        try (SubscriberStore store = db.open()) {
            for (String name : store.listSubscriptions()) {
                store.subscription(name).ifPresent(s -> out().println(line(s)));
            }
        }
        return 0;
    }

    static String line(Subscription s) {
        return s.name() + "\t"
                + s.privateIdentities().stream().map(PrivateIdentity::impi).collect(Collectors.joining(",")) + "\t"
                + s.publicIdentities().stream().map(PublicIdentity::identity).collect(Collectors.joining(","));
    }
}
