package org.imstb.topology.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.imstb.common.config.ConfigException;
import org.imstb.common.node.NodeKinds;
import org.imstb.common.node.NodeRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code imstb node <kind> --config FILE}: runs one node in this process until SIGTERM. */
@Command(name = "node", description = "Run one node (hss, ...) as this process until SIGTERM/SIGINT.")
final class NodeCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "node kind: ${COMPLETION-CANDIDATES}", completionCandidates = Kinds.class)
    String kind;

    @Option(names = "--config", required = true, description = "the node's YAML configuration file")
    Path config;

    @Override
    public Integer call() throws Exception {
        try {
            return NodeRunner.run(kind, config);
        } catch (ConfigException e) {
            System.err.println("imstb node " + kind + ": " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            System.err.println("imstb node: " + e.getMessage());
            return 2;
        }
    }

    /** Kinds found on the class path. */
    static final class Kinds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return NodeKinds.all().keySet().iterator();
        }
    }
}
