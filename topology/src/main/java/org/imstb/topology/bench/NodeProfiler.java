package org.imstb.topology.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.tools.attach.AgentInitializationException;
import com.sun.tools.attach.AgentLoadException;
import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;

/**
 * CPU profiles of the node processes over a benchmark's measured window, with async-profiler (its native library,
 * {@code libasyncProfiler.so}; not shipped: tools.profiler:async-profiler on Maven Central has it). The library is
 * loaded into every node JVM at start ({@link #jvmOptions}) and only told to start and stop later through the attach
 * API. Loading it into a warm JVM instead is what profiles of this project got wrong until 2026-11: the late load
 * threw the JVM back into compiling (35-60 % of the samples in C2 frames while the compiler threads had been idle).
 * Writes {@code <dir>/<node>.collapsed} (one stack per line, for flame graph tools) and prints a {@link
 * ProfileSummary} line per node.
 */
final class NodeProfiler {
    /** async-profiler's own commands: CPU samples every millisecond (perf events, or a timer where there are none). */
    static final String START = "start,event=cpu,interval=1ms";

    private final Path library;
    private final Path dir;
    private final Map<String, Long> nodes = new LinkedHashMap<>();

    NodeProfiler(Path library, Path dir) {
        this.library = library.toAbsolutePath();
        this.dir = dir;
    }

    /**
     * The node JVM options that load the library at start (idle until {@link #start}) and keep debug information for
     * every compiled instruction, so samples land on the right line of inlined code.
     */
    static List<String> jvmOptions(Path library) {
        if (!Files.isRegularFile(library)) {
            throw new IllegalArgumentException("--async-profiler: no file " + library + " (async-profiler's "
                    + "libasyncProfiler.so, e.g. linux-x64/ in tools.profiler:async-profiler on Maven Central)");
        }
        return List.of("-agentpath:" + library.toAbsolutePath(), "-XX:+UnlockDiagnosticVMOptions",
                "-XX:+DebugNonSafepoints");
    }

    NodeProfiler add(String node, long pid) {
        nodes.put(node, pid);
        return this;
    }

    /** Starts sampling in every node. */
    void start() throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, Long> n : nodes.entrySet()) {
            command(n.getValue(), START);
        }
    }

    /** Stops sampling, writes each node's stacks and prints its summary. */
    void stop(PrintStream out) throws IOException {
        for (Map.Entry<String, Long> n : nodes.entrySet()) {
            Path file = dir.resolve(n.getKey() + ".collapsed").toAbsolutePath();
            command(n.getValue(), "stop,collapsed,file=" + file);
            if (Files.isRegularFile(file)) {
                out.println(ProfileSummary.read(file).line(n.getKey(), 5));
            } else {
                out.printf("profile %s: async-profiler wrote no %s (see the node's log)%n", n.getKey(), file);
            }
        }
        out.printf("profiles (collapsed stacks) in %s%n", dir.toAbsolutePath());
    }

    private void command(long pid, String command) throws IOException {
        VirtualMachine vm;
        try {
            vm = VirtualMachine.attach(Long.toString(pid));
        } catch (AttachNotSupportedException e) {
            throw new IOException("cannot attach to process " + pid + ": " + e.getMessage(), e);
        }
        try {
            vm.loadAgentPath(library.toString(), command);
        } catch (AgentLoadException | AgentInitializationException e) {
            throw new IOException("async-profiler in process " + pid + " refused '" + command + "': " + e.getMessage(),
                    e);
        } finally {
            vm.detach();
        }
    }
}
