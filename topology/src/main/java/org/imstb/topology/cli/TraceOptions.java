package org.imstb.topology.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.imstb.topology.trace.TraceFilter;
import org.imstb.topology.trace.TraceSet;
import picocli.CommandLine.Option;

/** What {@code imstb trace} and its subcommands share: where the traces are, clock handling, and the filters. */
final class TraceOptions {
    @Option(names = "--dir", paramLabel = "DIR",
            description = "read the *.trace.jsonl files of this directory (default: the lab's run directory)")
    Path dir;

    @Option(names = "--clocks", defaultValue = "auto", paramLabel = "MODE",
            description = "clock offsets between nodes: auto (trust the times on the local and netns runtimes, "
                    + "estimate otherwise), estimate, shared (default: ${DEFAULT-VALUE})")
    String clocks;

    @Option(names = "--call-id", paramLabel = "ID",
            description = "only this SIP Call-ID (and the Diameter messages about its users meanwhile)")
    String callId;

    @Option(names = "--user", paramLabel = "USER",
            description = "only messages naming this user: sip:alice@domain1.test, alice@domain1.test or alice")
    String user;

    @Option(names = "--node", split = ",", paramLabel = "NODE",
            description = "only messages sent or received by these nodes (repeat or comma-separate)")
    List<String> nodes;

    @Option(names = "--since", paramLabel = "TIME",
            description = "from this ISO instant or duration after the first message (1.5s, 200ms)")
    String since;

    @Option(names = "--until", paramLabel = "TIME", description = "up to this ISO instant or duration (as --since)")
    String until;

    TraceFilter filter() {
        return new TraceFilter(callId, user, nodes == null ? null : new HashSet<>(nodes), since, until);
    }

    TraceSet.Clocks clockMode() {
        try {
            return TraceSet.Clocks.valueOf(clocks.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--clocks: '" + clocks + "' is not one of auto, estimate, shared");
        }
    }

    /** The directory to read: --dir, else the lab's run directory (also after 'imstb down', if it is the only one). */
    Path directory(LabOptions lab) throws IOException {
        if (dir != null) {
            return dir;
        }
        try {
            return lab.runDir();
        } catch (IOException noLab) {
            if (lab.lab != null || !Files.isDirectory(lab.runRoot)) {
                throw noLab;
            }
            List<Path> traced;
            try (Stream<Path> dirs = Files.list(lab.runRoot)) {
                traced = dirs.filter(TraceOptions::hasTraces).sorted().toList();
            }
            if (traced.size() == 1) {
                return traced.get(0);
            }
            throw traced.isEmpty() ? noLab : new IOException("several run directories with traces under "
                    + lab.runRoot.toAbsolutePath() + " (" + traced.stream().map(p -> p.getFileName().toString())
                    .toList() + "): name one with --lab or --dir");
        }
    }

    private static boolean hasTraces(Path d) {
        if (!Files.isDirectory(d)) {
            return false;
        }
        try (Stream<Path> files = Files.list(d)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".trace.jsonl"));
        } catch (IOException e) {
            return false;
        }
    }

    /** Loads the trace; prints load warnings to stderr. */
    TraceSet load(LabOptions lab) throws IOException {
        TraceSet set = TraceSet.load(directory(lab), clockMode());
        set.warnings().forEach(w -> System.err.println("imstb trace: " + w));
        return set;
    }
}
