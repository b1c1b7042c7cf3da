package org.imstb.topology.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * CPU time that a JVM's JIT compiler threads ({@code C1 CompilerThread<n>}, {@code C2 CompilerThread<n>}) have used,
 * read from {@code /proc/<pid>/task/<tid>/stat} (Linux). A benchmark of a freshly started node measures the JIT
 * compiling the node's code as much as the node itself: five JVMs on two cores spend minutes compiling before their
 * compiler threads go quiet. The benchmarks use this to warm up until they do and to report what the compilers took
 * of the measured time.
 */
final class CompilerThreads {
    /** Linux reports thread CPU times in clock ticks of 1/100 s (USER_HZ) on every architecture the JDK runs on. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final long pid;
    /** The last ticks seen per compiler thread id. */
    private final java.util.Map<Long, Long> seen = new java.util.HashMap<>();
    /** Ticks of compiler threads that have ended (or whose id now names a newer thread). */
    private long retired;

    CompilerThreads(long pid) {
        this.pid = pid;
    }

    /**
     * The process's compiler threads' CPU time so far, still counting the threads that have ended after this reader
     * first saw them: the JVM starts and stops compiler threads as its queue grows and shrinks
     * (UseDynamicNumberOfCompilerThreads), and an ended thread's time leaves /proc with it. Zero when /proc cannot
     * be read (not Linux, process gone).
     */
    synchronized Duration cpu() {
        java.util.Map<Long, Long> now = new java.util.HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                long ticks = compilerTicks(read(task.resolve("stat")));
                if (ticks > 0) {
                    now.put(Long.parseLong(task.getFileName().toString()), ticks);
                }
            }
        } catch (IOException | SecurityException e) {
            return Duration.ofNanos(total() * NANOS_PER_TICK);
        }
        return Duration.ofNanos(account(now) * NANOS_PER_TICK);
    }

    /** Takes a reading (ticks per compiler thread id) and returns the ticks of all compiler threads ever seen. */
    long account(java.util.Map<Long, Long> now) {
        seen.forEach((tid, ticks) -> {
            Long current = now.get(tid);
            if (current == null || current < ticks) {
                retired += ticks; // ended, or the id was reused by a newer thread
            }
        });
        seen.clear();
        seen.putAll(now);
        return total();
    }

    private long total() {
        long sum = retired;
        for (long ticks : seen.values()) {
            sum += ticks;
        }
        return sum;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            return ""; // the thread ended between listing and reading
        }
    }

    /**
     * utime + stime of one {@code stat} line when its thread is a JIT compiler thread, else 0. The name sits between
     * the first '(' and the last ')' and may hold spaces (the kernel cuts it to 15 characters: "C2 CompilerThre").
     */
    static long compilerTicks(String stat) {
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        if (open < 0 || close < open) {
            return 0;
        }
        String name = stat.substring(open + 1, close);
        if (!name.startsWith("C1 Compiler") && !name.startsWith("C2 Compiler")) {
            return 0;
        }
        // after the name: state(3) ppid(4) pgrp(5) session(6) tty_nr(7) tpgid(8) flags(9) minflt(10) cminflt(11)
        // majflt(12) cmajflt(13) utime(14) stime(15)
        String[] fields = stat.substring(close + 1).trim().split(" ");
        if (fields.length < 13) {
            return 0;
        }
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
