package org.imstb.topology.cli;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import org.imstb.topology.runtime.LabRunner;
import org.imstb.topology.runtime.LabState;
import org.imstb.topology.runtime.Runtimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code imstb down}: stops the lab and removes everything its runtime built. */
@Command(name = "down", description = "Stop a lab and remove its namespaces, links and processes.")
final class DownCommand implements Callable<Integer> {
    @Mixin
    LabOptions lab;

    @Option(names = "--runtime", description = "with --lab and no run directory left: the runtime to clean up after "
            + "(netns removes namespaces and links named after the lab)")
    String runtime;

    @Override
    public Integer call() throws Exception {
        if (lab.lab != null && runtime != null && !Files.exists(lab.runDir().resolve(LabState.FILE))) {
            Runtimes.named(runtime).teardown(lab.lab, lab.runDir());
            List<String> left = Runtimes.named(runtime).leftovers(lab.lab);
            System.out.println("lab " + lab.lab + ": cleaned up" + (left.isEmpty() ? "" : "; left behind: " + left));
            return left.isEmpty() ? 0 : 1;
        }
        return LabRunner.down(lab.runDir(), System.out).isEmpty() ? 0 : 1;
    }
}
