package org.imstb.topology.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.imstb.common.config.ConfigException;
import org.imstb.topology.file.TopologyFile;
import org.imstb.topology.file.TopologyLoader;
import org.imstb.topology.runtime.LabRunner;
import org.imstb.topology.runtime.Runtime;
import org.imstb.topology.runtime.Runtimes;
import org.imstb.topology.runtime.netns.NetnsFabric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code imstb up [FILE] [--runtime netns|local]}: brings a lab up and returns once every node is ready. */
@Command(name = "up", description = "Start a lab from a topology file (default: the built-in two-domain topology).")
final class UpCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", description = "topology file (default: the built-in default topology)")
    Path file;

    @Option(names = "--runtime",
            description = "netns, local, docker or auto (default: netns where permitted, else local)",
            defaultValue = "auto")
    String runtime;

    @Option(names = "--timeout", defaultValue = "60", description = "seconds to wait for each node to be ready")
    int timeoutSeconds;

    @Mixin
    LabOptions lab;

    @Override
    public Integer call() throws Exception {
        TopologyFile topology;
        try {
            topology = file == null ? TopologyLoader.defaultTopology() : TopologyLoader.load(file);
        } catch (ConfigException e) {
            System.err.println("imstb up: " + e.getMessage());
            return 2;
        }
        if ("netns".equals(runtime)) {
            NetnsFabric.Availability a = NetnsFabric.probe();
            if (!a.available()) {
                System.err.println("imstb up: the netns runtime is not possible here: " + a.reason()
                        + " (run as root, or use --runtime local)");
                return 2;
            }
        }
        Runtime rt;
        try {
            rt = "auto".equals(runtime) ? Runtimes.auto(System.out::println) : Runtimes.named(runtime);
        } catch (IllegalArgumentException e) {
            System.err.println("imstb up: " + e.getMessage());
            return 2;
        }
        Path runDir = lab.runRoot.resolve(topology.name());
        try {
            LabRunner.up(topology, file, rt, runDir, Duration.ofSeconds(timeoutSeconds), System.out);
        } catch (ConfigException e) {
            System.err.println("imstb up: " + e.getMessage());
            return 2;
        } catch (java.io.IOException e) {
            System.err.println("imstb up: " + e.getMessage());
            return 2;
        }
        System.out.println("status: imstb status   logs: imstb logs NODE   stop: imstb down");
        return 0;
    }
}
