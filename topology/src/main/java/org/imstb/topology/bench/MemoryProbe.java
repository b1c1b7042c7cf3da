package org.imstb.topology.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Reads another process's memory: resident set from /proc, Java heap after a full GC via jcmd. */
final class MemoryProbe {
    private final long pid;

    MemoryProbe(long pid) {
        this.pid = pid;
    }

    void print(PrintStream out, int subscribers) throws IOException, InterruptedException {
        String heap = jcmd("GC.run") == null ? "n/a" : heapAfterGc();
        out.printf("HSS memory with %d subscribers: resident %d MB, Java heap used after full GC %s%n", subscribers,
                rssKb() / 1024, heap);
    }

    long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private String heapAfterGc() throws IOException, InterruptedException {
        String info = jcmd("GC.heap_info");
        if (info == null) {
            return "n/a";
        }
        return heapUsedMb(info).map(mb -> mb + " MB").orElse("n/a");
    }

    /**
     * The heap in use from {@code jcmd GC.heap_info}: one line for G1 (" garbage-first heap   total 262144K, used
     * 61234K"), one per generation for the serial and parallel collectors, summed.
     */
    static java.util.Optional<Long> heapUsedMb(String info) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("total \\d+K, used (\\d+)K").matcher(info);
        long kb = 0;
        boolean found = false;
        while (m.find()) {
            kb += Long.parseLong(m.group(1));
            found = true;
        }
        return found ? java.util.Optional.of(kb / 1024) : java.util.Optional.empty();
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            return null;
        }
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true)
                .start();
        String text = new String(p.getInputStream().readAllBytes());
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? text : null;
    }
}
