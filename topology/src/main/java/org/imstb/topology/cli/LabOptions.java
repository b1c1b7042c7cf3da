package org.imstb.topology.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.imstb.topology.runtime.LabState;
import picocli.CommandLine.Option;

/** How commands find a lab's run directory: {@code <run root>/<lab name>}; the only lab there when none is named. */
final class LabOptions {
    @Option(names = "--run-root", defaultValue = "${env:IMSTB_RUN:-run}",
            description = "where labs keep their run directories (default ./run, or $IMSTB_RUN)")
    Path runRoot;

    @Option(names = "--lab", description = "the lab's name (default: the only lab under the run root)")
    String lab;

    Path runDir() throws IOException {
        if (lab != null) {
            return runRoot.resolve(lab);
        }
        List<Path> labs;
        if (!Files.isDirectory(runRoot)) {
            labs = List.of();
        } else {
            try (Stream<Path> dirs = Files.list(runRoot)) {
                labs = dirs.filter(d -> Files.exists(d.resolve(LabState.FILE))).sorted().toList();
            }
        }
        if (labs.isEmpty()) {
            throw new IOException("no lab under " + runRoot.toAbsolutePath() + ": start one with 'imstb up'");
        }
        if (labs.size() > 1) {
            throw new IOException("several labs under " + runRoot.toAbsolutePath() + " ("
                    + labs.stream().map(p -> p.getFileName().toString()).toList() + "): name one with --lab");
        }
        return labs.get(0);
    }
}
