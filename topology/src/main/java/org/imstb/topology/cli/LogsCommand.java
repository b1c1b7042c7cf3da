package org.imstb.topology.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.imstb.topology.runtime.LabState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code imstb logs NODE [-n N]}: the node's log file from the run directory. */
@Command(name = "logs", description = "Print a node's log (its process output) from the run directory.")
final class LogsCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "node name, e.g. scscf1")
    String node;

    @Option(names = {"-n", "--lines"}, defaultValue = "0", description = "only the last N lines (0: all)")
    int lines;

    @Mixin
    LabOptions lab;

    @Override
    public Integer call() throws Exception {
        Path dir = lab.runDir();
        LabState.read(dir).node(node);
        Path log = dir.resolve(node + ".log");
        if (!Files.exists(log)) {
            System.err.println("imstb logs: " + node + " has no log (it runs no process on this runtime)");
            return 1;
        }
        List<String> all = Files.readAllLines(log);
        all.subList(lines <= 0 ? 0 : Math.max(0, all.size() - lines), all.size()).forEach(System.out::println);
        return 0;
    }
}
