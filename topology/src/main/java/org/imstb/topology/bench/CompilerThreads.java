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

    private CompilerThreads() {
    }

    /** The process's compiler threads' CPU time so far; zero when /proc cannot be read (not Linux, process gone). */
    static Duration cpu(long pid) {
        long ticks = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                ticks += compilerTicks(read(task.resolve("stat")));
            }
        } catch (IOException | SecurityException e) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(ticks * NANOS_PER_TICK);
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
