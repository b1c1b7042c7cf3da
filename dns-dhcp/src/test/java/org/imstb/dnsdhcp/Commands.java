package org.imstb.dnsdhcp;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs external commands for the integration tests (ip, dig, kdig, dhclient, a child JVM). */
public final class Commands {
    private Commands() {
    }

    /** Exit code and merged stdout/stderr. */
    public record Result(int exit, String output) {
        public boolean ok() {
            return exit == 0;
        }
    }

    /** Runs {@code command}, waiting at most {@code timeoutSeconds} (then kills it: exit -1). */
    public static Result run(long timeoutSeconds, List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            StringBuilder out = new StringBuilder();
            Thread reader = new Thread(() -> {
                try {
                    out.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    out.append(e);
                }
            }, "command-output");
            reader.start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                reader.join(2000);
                return new Result(-1, out + "\n(killed after " + timeoutSeconds + " s)");
            }
            reader.join(5000);
            return new Result(p.exitValue(), out.toString());
        } catch (IOException e) {
            return new Result(-2, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-3, e.toString());
        }
    }

    public static Result run(String... command) {
        return run(30, List.of(command));
    }

    /** Whether {@code program} is an executable on the PATH (or /usr/sbin, /sbin). */
    public static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin:/sbin";
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && new File(dir, program).canExecute()) {
                return true;
            }
        }
        return false;
    }

    /** True when this process runs as root (uid 0). */
    public static boolean root() {
        Result r = run("id", "-u");
        return r.ok() && r.output().trim().equals("0");
    }
}
