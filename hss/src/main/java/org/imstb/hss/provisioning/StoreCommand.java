package org.imstb.hss.provisioning;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.imstb.common.config.ConfigException;
import org.imstb.hss.store.ConflictException;
import org.imstb.hss.store.StoreException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of the {@code imstb hss} subcommands: the {@code --db} option and the exit codes. Bad input (a field,
 * identity or file that cannot be used) prints {@code error: <message naming the field>} on stderr and exits with
 * 2 without changing the store; a database failure exits with 1.
 */
abstract class StoreCommand implements Callable<Integer> {
    static final int BAD_INPUT = 2;

    @Mixin
    DbOption db;

    @Spec
    CommandSpec spec;

    /** Bad command input: the message names the option or value at fault. */
    static final class BadInput extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadInput(String message) {
            super(message);
        }
    }

    @Override
    public final Integer call() {
        try {
            return execute();
        } catch (BadInput | ConfigException | ConflictException | IllegalArgumentException e) {
            err().println("error: " + e.getMessage());
            return BAD_INPUT;
        } catch (StoreException e) {
            err().println("error: " + e.getMessage());
            return 1;
        }
    }

    /** Runs the command; returns the exit code. */
    abstract int execute();

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
