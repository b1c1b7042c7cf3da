package org.imstb.topology.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time spent by named processes (the nodes and this benchmark's own JVM) over a measured window, per operation:
 * unlike operations per second, CPU per operation tells where the work goes and moves less with the machine's speed of
 * the day. Reads each process's total CPU time (user + system, /proc on Linux) at {@link #start} and
 * {@link #print}, and how much of it the JVMs' JIT compiler threads took.
 */
final class CpuMeter {
    private final Map<String, ProcessHandle> processes = new LinkedHashMap<>();
    private final Map<String, Duration> atStart = new LinkedHashMap<>();
    private final Map<String, CompilerThreads> compilerThreads = new LinkedHashMap<>();
    private Duration compilersAtStart = Duration.ZERO;
    private long startNs;

    CpuMeter add(String name, long pid) {
        ProcessHandle.of(pid).ifPresent(h -> processes.put(name, h));
        compilerThreads.put(name, new CompilerThreads(pid));
        return this;
    }

    CpuMeter start() {
        processes.forEach((name, h) -> atStart.put(name, cpu(h)));
        compilersAtStart = compilers();
        startNs = System.nanoTime();
        return this;
    }

    /** One line: CPU milliseconds per operation for each process and in all, and how busy the cores were. */
    void print(PrintStream out, long operations, String operation) {
        double wallSeconds = (System.nanoTime() - startNs) / 1e9;
        StringBuilder line = new StringBuilder("CPU per ").append(operation).append(':');
        double totalMs = 0;
        for (Map.Entry<String, ProcessHandle> e : processes.entrySet()) {
            double ms = cpu(e.getValue()).minus(atStart.get(e.getKey())).toNanos() / 1e6;
            totalMs += ms;
            line.append(String.format(" %s %s ms,", e.getKey(), figure(ms / Math.max(1, operations))));
        }
        double compilerMs = compilers().minus(compilersAtStart).toNanos() / 1e6;
        line.append(String.format(" all %s ms, of which JIT compiler threads %s ms (the processes used %.0f %% of %d"
                + " cores over %.0f s)", figure(totalMs / Math.max(1, operations)),
                figure(compilerMs / Math.max(1, operations)), 100 * totalMs / 1000 / wallSeconds
                        / Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().availableProcessors(), wallSeconds));
        out.println(line);
    }

    /** One decimal from 1 ms up, three below (an HSS request takes tenths of a millisecond). */
    private static String figure(double ms) {
        return String.format(ms >= 1 ? "%.1f" : "%.3f", ms);
    }

    private Duration compilers() {
        Duration sum = Duration.ZERO;
        for (CompilerThreads c : compilerThreads.values()) {
            sum = sum.plus(c.cpu());
        }
        return sum;
    }

    private static Duration cpu(ProcessHandle h) {
        return h.info().totalCpuDuration().orElse(Duration.ZERO);
    }
}
