package org.imstb.topology.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.imstb.hss.store.SubscriberStore;
import org.imstb.topology.demo.CoreLab;

/**
 * Registers N users at rate R through P-CSCF → I-CSCF → S-CSCF with the HSS (each its own process, IMS AKA, full
 * initial registrations: UAR, MAR, 401, UAR, SAR, 200) and prints successful registrations/s, failures and
 * REGISTER→200 p50/p99, plus each node's memory. Before it measures, it registers other users in rounds until the
 * nodes' JIT compilers are quiet ({@link WarmUp}): five JVMs on two cores compile for two to three minutes, and a
 * measurement taken earlier (as this benchmark did up to 2026-11-22) counts more compiling than registering.
 */
public final class RegistrationBenchmark {
    /** What to run. */
    public record Options(Path dir, int users, int rate, int warmupUsers, int warmupSeconds, int inFlight,
            String heap, List<String> nodeJvmOptions, Path asyncProfiler) {
    }

    private final Options o;
    private final PrintStream out;

    public RegistrationBenchmark(Options o, PrintStream out) {
        this.o = o;
        this.out = out;
    }

    /**
     * The nodes' JVM options: {@code -XX:+UseSerialGC} with both JIT tiers (over a run of 20,000 registrations through
     * four JVMs, C2's faster code outweighs its compile load: 185/s against 158/s with the default topology's C1-only
     * options, measured in one sitting), or the ones given; then {@code -Xmx<heap>}.
     */
    private List<String> nodeJvmOptions() {
        List<String> options = new java.util.ArrayList<>(o.nodeJvmOptions().isEmpty()
                ? List.of("-XX:+UseSerialGC") : o.nodeJvmOptions());
        options.add("-Xmx" + o.heap());
        if (o.asyncProfiler() != null) {
            options.addAll(NodeProfiler.jvmOptions(o.asyncProfiler()));
        }
        return options;
    }

    /**
     * Registers warm-up users in rounds of about ten seconds at the offered rate until the JIT compilers are quiet
     * (see {@link WarmUp}); returns the first user the measured run may take (never registered before).
     */
    private int warmUp(RegistrationLoad load, List<Long> pids) throws Exception {
        int round = Math.max(500, o.rate() * 10);
        int[] next = {0};
        new WarmUp(WarmUp.processes(pids), WarmUp.QUIET, java.time.Duration.ofSeconds(o.warmupSeconds()))
                .run(log -> {
                    int from = next[0];
                    int to = Math.min(o.warmupUsers(), from + round);
                    if (from < to) {
                        RegistrationLoad.Result r = load.run(from, to, o.rate(), new LatencyRecorder(to - from));
                        log.printf("warm-up: %d registered, %d failed in %.1f s%n", r.ok(), r.failed(), r.seconds());
                    }
                    next[0] = to;
                    return to < o.warmupUsers();
                }, out);
        return next[0];
    }

    public void run() throws Exception {
        int total = o.warmupUsers() + o.users();
        // a fresh store each run: the load generator's USIMs start at SQN 0, the HSS's would be ahead after a run
        Path db = o.dir().resolve("hss1-db");
        org.imstb.topology.runtime.Directories.delete(db);
        String url = SubscriberStore.fileUrl(db);
        try (SubscriberStore store = SubscriberStore.open(url)) {
            BenchSubscribers.provision(store, total, 5_000);
            out.printf("provisioned %d subscribers (%s)%n", store.count(), url);
        }
        String quiet = "  trace: {enabled: false}\n";
        CoreLab.Overrides extra = new CoreLab.Overrides(quiet + "  store: {jdbcUrl: \"" + url + "\"}\n", quiet,
                quiet, quiet + "  regEvent: false\n");
        try (CoreLab lab = CoreLab.start(o.dir(), nodeJvmOptions(), extra);
                RegistrationLoad load = new RegistrationLoad(lab.pcscfUri(), o.inFlight())) {
            out.printf("core ready: P-CSCF %s%n", lab.pcscfUri());
            List<Long> pids = new java.util.ArrayList<>();
            CpuMeter cpu = new CpuMeter();
            NodeProfiler profiler = o.asyncProfiler() == null ? null
                    : new NodeProfiler(o.asyncProfiler(), o.dir().resolve("profiles"));
            for (String node : List.of("pcscf1", "icscf1", "scscf1", "hss1")) {
                pids.add(lab.node(node).pid());
                cpu.add(node, lab.node(node).pid());
                if (profiler != null) {
                    profiler.add(node, lab.node(node).pid());
                }
            }
            pids.add(ProcessHandle.current().pid());
            cpu.add("load generator", ProcessHandle.current().pid());
            int first = warmUp(load, pids);
            LatencyRecorder lat = new LatencyRecorder(o.users());
            if (profiler != null) {
                profiler.start();
            }
            cpu.start();
            RegistrationLoad.Result r = load.run(first, first + o.users(), o.rate(), lat);
            out.printf("%d users offered at %d/s (max %d in flight): %d registered, %d failed, %d unanswered%n",
                    o.users(), o.rate(), o.inFlight(), r.ok(), r.failed(), r.unanswered());
            out.printf("%.0f successful registrations/s; REGISTER->200 p50 %.2f ms, p99 %.2f ms%n",
                    r.ok() / r.seconds(), lat.percentileMicros(50) / 1000, lat.percentileMicros(99) / 1000);
            cpu.print(out, r.ok() + r.failed(), "registration");
            if (profiler != null) {
                profiler.stop(out);
            }
            for (String node : List.of("hss1", "icscf1", "scscf1", "pcscf1")) {
                out.printf("%s resident %d MB%n", node, new MemoryProbe(lab.node(node).pid()).rssKb() / 1024);
            }
        }
    }
}
