package org.imstb.hss.provisioning;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code imstb hss}: provisioning of the HSS subscriber store. The launcher registers {@code new HssCommand()} as
 * a subcommand. Every subcommand takes {@code --db JDBC_URL} (default {@value DbOption#DEFAULT_URL}); H2 file
 * databases are opened with {@code AUTO_SERVER=TRUE}, so a running HSS node (which opens its database the same
 * way) can be provisioned while it serves Cx. Bad input exits with 2 and changes nothing.
 * <pre>
 * imstb hss add --impi alice@domain1.test --impu sip:alice@domain1.test --auth aka --k HEX --opc HEX
 * imstb hss add --impi bob@domain1.test --impu sip:bob@domain1.test --auth digest --password secret
 * imstb hss import subscribers.yaml
 * imstb hss list
 * imstb hss show alice [--show-secrets]
 * imstb hss remove alice
 * </pre>
 */
@Command(name = "hss", mixinStandardHelpOptions = true,
        description = "Provision the HSS subscriber store (add, list, show, remove, import).",
        subcommands = {AddCommand.class, ListCommand.class, ShowCommand.class, RemoveCommand.class,
                ImportCommand.class})
public final class HssCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("error: a subcommand is required (add, list, show, remove, import)");
        spec.commandLine().usage(spec.commandLine().getErr());
        return StoreCommand.BAD_INPUT;
    }
}
