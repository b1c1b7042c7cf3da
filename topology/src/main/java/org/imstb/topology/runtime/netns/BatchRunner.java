package org.imstb.topology.runtime.netns;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs commands (mostly {@link Batch}es) as child processes, with a timeout; output is stdout and stderr merged. */
final class BatchRunner {
    private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);
    private static final long TIMEOUT_SECONDS = 60;
    /** How ip and tc name the failing line of a batch read from stdin. */
    private static final Pattern FAILED_LINE = Pattern.compile("Command failed -:(\\d+)");

    private BatchRunner() {
    }

    /** Exit code and merged output of a finished process. */
    record Outcome(int exit, String output) {
        boolean ok() {
            return exit == 0;
        }
    }

    /** Runs {@code command} feeding {@code stdin} (may be empty); IOException only if it cannot run or times out. */
    static Outcome run(List<String> command, String stdin) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<String> output = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (InputStream in = p.getInputStream()) {
                output.complete(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                output.complete("(output unreadable: " + e + ")");
            }
        }, "netns-output");
        reader.setDaemon(true);
        reader.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.debug("{}: stdin closed early: {}", command, e.toString());
        }
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + ": timed out after " + TIMEOUT_SECONDS + " s");
            }
            return new Outcome(p.exitValue(), output.get(5, TimeUnit.SECONDS).trim());
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(String.join(" ", command) + ": interrupted", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException(String.join(" ", command) + ": output not collected", e);
        }
    }

    /** Runs a batch; returns its outcome without judging it. */
    static Outcome run(Batch batch) throws IOException {
        long start = System.nanoTime();
        Outcome outcome = run(batch.command(), batch.script());
        LOG.debug("{}: {} lines, exit {} in {} ms", batch.purpose(), batch.lines().size(), outcome.exit(),
                (System.nanoTime() - start) / 1_000_000);
        return outcome;
    }

    /** Runs a batch and throws an IOException naming the failing line and the output unless it succeeds. */
    static void mustRun(Batch batch) throws IOException {
        Outcome outcome = run(batch);
        if (!outcome.ok()) {
            throw new IOException(failure(batch, outcome));
        }
    }

    /** "&lt;purpose&gt;: `&lt;argv&gt;` failed (exit N) at `&lt;line&gt;`: &lt;output&gt;". */
    static String failure(Batch batch, Outcome outcome) {
        StringBuilder s = new StringBuilder(batch.purpose()).append(": `").append(String.join(" ", batch.command()))
                .append("` failed (exit ").append(outcome.exit()).append(')');
        Matcher m = FAILED_LINE.matcher(outcome.output());
        String line = m.find() ? batch.line(Integer.parseInt(m.group(1))) : null;
        if (line != null) {
            s.append(" at `").append(line).append('`');
        }
        return s.append(": ").append(outcome.output()).toString();
    }
}
