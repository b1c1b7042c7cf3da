package org.imstb.topology.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * Warms the nodes up before a benchmark measures them: runs rounds of load until the nodes' JIT compiler threads
 * use less than a given share of the nodes' CPU over a round (steady state: what a core that has run for a while
 * costs), or until a time limit. Each round prints one line, so the warm-up is as visible as the measurement.
 */
final class WarmUp {
    /** The benchmarks' threshold: warm once the compilers take under 5 % of the processes' CPU in a round. */
    static final double QUIET = 0.05;

    /** One round of load; false when there is nothing left to run (e.g. no unregistered users left). */
    interface Round {
        boolean run(PrintStream out) throws Exception;
    }

    /** CPU used so far by the measured processes in all, and by their JIT compiler threads. */
    record Sample(Duration total, Duration compilers) {
    }

    /** Where samples come from (the node processes; a sequence in tests). */
    interface Sampler {
        Sample sample();
    }

    /** Samples the given processes (/proc; a process that has gone counts as zero). */
    static Sampler processes(Collection<Long> pids) {
        List<CompilerThreads> compilerThreads = pids.stream().map(CompilerThreads::new).toList();
        return () -> {
            Duration total = Duration.ZERO;
            Duration compilers = Duration.ZERO;
            for (long pid : pids) {
                total = total.plus(ProcessHandle.of(pid).flatMap(h -> h.info().totalCpuDuration())
                        .orElse(Duration.ZERO));
            }
            for (CompilerThreads c : compilerThreads) {
                compilers = compilers.plus(c.cpu());
            }
            return new Sample(total, compilers);
        };
    }

    private final Sampler sampler;
    private final double quietShare;
    private final Duration limit;

    /**
     * @param quietShare the compilers' share of CPU in a round under which the nodes count as warm (e.g. 0.05)
     * @param limit      the warm-up stops after this long even if the compilers are still busy
     */
    WarmUp(Sampler sampler, double quietShare, Duration limit) {
        this.sampler = sampler;
        this.quietShare = quietShare;
        this.limit = limit;
    }

    /** Runs rounds until warm, out of rounds or out of time; returns the number of rounds run. */
    int run(Round round, PrintStream out) throws Exception {
        long start = System.nanoTime();
        int rounds = 0;
        Sample before = sampler.sample();
        while (true) {
            boolean more = round.run(out);
            rounds++;
            Sample after = sampler.sample();
            double share = share(before, after);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            out.printf("  warm-up round %d (%d s): JIT compilers used %.0f %% of the nodes' CPU%n", rounds,
                    elapsed.toSeconds(), 100 * share);
            if (share < quietShare) {
                out.printf("warm: the compilers are quiet after %d s%n", elapsed.toSeconds());
                return rounds;
            }
            if (!more || elapsed.compareTo(limit) >= 0) {
                out.printf("warm-up stopped after %d s with the compilers still busy (%s): the figures below "
                        + "include JIT compilation%n", elapsed.toSeconds(), more ? "time limit" : "no load left");
                return rounds;
            }
            before = after;
        }
    }

    static double share(Sample before, Sample after) {
        long total = after.total().minus(before.total()).toNanos();
        long compilers = after.compilers().minus(before.compilers()).toNanos();
        return total <= 0 ? 0 : (double) compilers / total;
    }
}
