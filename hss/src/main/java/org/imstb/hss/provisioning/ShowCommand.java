package org.imstb.hss.provisioning;

import org.imstb.hss.model.Subscription;
import org.imstb.hss.store.SubscriberStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code imstb hss show NAME}: the subscription in the subscriber file format; secrets masked by default. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print a subscription as YAML (the import format).")
public final class ShowCommand extends StoreCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "subscription name")
    String name;

    @Option(names = "--show-secrets", description = "print K, OPc/OP, passwords and HA1 instead of " + YamlView.MASK)
    boolean showSecrets;

    @Override
    int execute() {
        try (SubscriberStore store = db.open()) {
            Subscription s = store.subscription(name)
                    .orElseThrow(() -> new BadInput("NAME: no subscription named '" + name + "'"));
            out().print(YamlView.toYaml(s, showSecrets));
            out().flush();
        }
        return 0;
    }
}
