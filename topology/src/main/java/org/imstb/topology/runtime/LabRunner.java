package org.imstb.topology.runtime;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.imstb.topology.file.NodeKind;
import org.imstb.topology.file.TopologyFile;
import org.imstb.topology.lab.Lab;
import org.imstb.topology.lab.LabNode;
import org.imstb.topology.lab.LabPlanner;
import org.imstb.topology.process.NodeProcess;

/**
 * Brings a lab up and down. {@code up}: plan, write the run directory, build the networks, start the node processes
 * in dependency order (DNS and HSS first, then I-/S-CSCF, then P-CSCF, DHCPv6 and application servers), each wave in
 * parallel, waiting for every node's {@code /ready} (SIP listening, Diameter peers connected, store open) with
 * progress on {@code out}.
 * Anything that fails takes down what was started. {@code down}: stop the processes (SIGTERM, clean Diameter
 * disconnect; SIGKILL after a grace period) and remove what the runtime built, also after a crash.
 */
public final class LabRunner {
    private static final List<List<NodeKind>> WAVES = List.of(List.of(NodeKind.DNS, NodeKind.HSS),
            List.of(NodeKind.ICSCF, NodeKind.SCSCF), List.of(NodeKind.PCSCF, NodeKind.DHCP, NodeKind.AS));

    private LabRunner() {
    }

    /** The result of {@code up}: the lab, its process handles and how long it took. */
    public record Started(Lab lab, List<NodeProcess> processes, long millis, List<String> warnings) {
        public Optional<NodeProcess> process(String name) {
            return processes.stream().filter(p -> p.name().equals(name)).findFirst();
        }
    }

    public static Started up(TopologyFile file, Path source, Runtime runtime, Path runDir, Duration timeout,
            PrintStream out) throws Exception {
        long t0 = System.nanoTime();
        if (Files.exists(runDir.resolve(LabState.FILE))) {
            LabState old = LabState.read(runDir);
            if (!"docker".equals(old.runtime()) && LabStatus.anyAlive(runDir, old)) {
                throw new IOException("lab " + old.name() + " is already up in " + runDir + ": run 'imstb down' first");
            }
            down(runDir, out);
        }
        clean(runDir);
        Lab lab = LabPlanner.plan(file, source, runtime.addressing(file.name()));
        LabFiles.write(lab, runtime, runDir);
        runtime.teardown(lab.name(), runDir); // leftovers of a crashed run of the same lab
        List<String> warnings = new ArrayList<>(runtime.prepare(lab, runDir));
        warnings.forEach(w -> out.println("warning: " + w));
        LabState.of(lab, runtime, source == null ? "(built-in default)" : source.toAbsolutePath().toString(),
                System.currentTimeMillis()).write(runDir);
        out.printf("lab %s: %d nodes on runtime %s, run directory %s%n", lab.name(), lab.nodes().size(),
                runtime.name(), runDir);
        List<NodeProcess> started = new ArrayList<>();
        if (!runtime.startsProcesses()) {
            // the runtime started the nodes itself (containers) and waited for their health checks in prepare
            long millis = (System.nanoTime() - t0) / 1_000_000;
            out.printf("lab %s up in %.1f s%n", lab.name(), millis / 1000.0);
            return new Started(lab, List.of(), millis, warnings);
        }
        try {
            // all at once: clients retry their Diameter peers and nothing needs DNS before its first request, so
            // dependency order only decides the start order; readiness (peers connected) is awaited after
            ClassDataSharing cds = new ClassDataSharing(runDir.getParent());
            for (List<NodeKind> wave : WAVES) {
                for (LabNode n : lab.nodes()) {
                    if (wave.contains(n.kind()) && runtime.runs(n)) {
                        List<String> jvm = new ArrayList<>(LabFiles.jvmOptions(lab, n));
                        jvm.add("-Djdk.net.hosts.file=" + runDir.resolve("hosts").toAbsolutePath());
                        jvm.addAll(cds.options(n.kind().id()));
                        started.add(NodeProcess.start(runtime.execPrefix(lab.name(), n.name()), n.kind().id(),
                                n.name(), runDir.resolve(n.name() + ".yaml"), jvm, n.mgmtAddress()));
                    }
                }
            }
            for (NodeProcess p : started) {
                p.awaitReady(timeout);
                out.printf("  %-8s ready  %5.1f s%n", p.name(), (System.nanoTime() - t0) / 1e9);
            }
        } catch (Exception e) {
            out.println("up failed: " + e.getMessage().lines().findFirst().orElse("") + "; taking the lab down");
            stopAll(started);
            runtime.teardown(lab.name(), runDir);
            Files.deleteIfExists(runDir.resolve(LabState.FILE));
            throw e;
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        out.printf("lab %s up in %.1f s%n", lab.name(), millis / 1000.0);
        return new Started(lab, List.copyOf(started), millis, warnings);
    }

    /** Stops a lab found in {@code runDir} and removes what its runtime built. Returns leftovers (none expected). */
    public static List<String> down(Path runDir, PrintStream out) throws IOException {
        LabState state = LabState.read(runDir);
        Runtime runtime = Runtimes.named(state.runtime());
        List<ProcessHandle> alive = new ArrayList<>();
        for (LabState.NodeState n : runtime.startsProcesses() ? state.nodes() : List.<LabState.NodeState>of()) {
            LabStatus.pid(runDir, n.name()).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                    .ifPresent(h -> {
                        h.destroy();
                        alive.add(h);
                    });
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        for (ProcessHandle h : alive) {
            try {
                long left = Math.max(1, deadline - System.nanoTime());
                h.onExit().get(left, java.util.concurrent.TimeUnit.NANOSECONDS);
            } catch (Exception timeout) {
                h.destroyForcibly();
            }
        }
        runtime.teardown(state.name(), runDir);
        List<String> left = runtime.leftovers(state.name());
        Files.move(runDir.resolve(LabState.FILE), runDir.resolve(LabState.STOPPED_FILE),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        out.printf("lab %s down: %d process(es) stopped%s%n", state.name(), alive.size(),
                left.isEmpty() ? "" : "; left behind: " + left);
        return left;
    }

    /**
     * Every {@code up} starts from a fresh run directory: the previous run's logs, traces and HSS database go (a stored
     * S-CSCF assignment or registration from an earlier run would point at nodes that no longer exist).
     */
    private static void clean(Path runDir) throws IOException {
        Directories.empty(runDir);
    }

    private static void stopAll(List<NodeProcess> started) {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
    }
}
