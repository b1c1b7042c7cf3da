package org.imstb.topology.runtime.docker;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code docker} command line as the docker runtime uses it: whether the CLI, its compose plugin and an engine
 * are there, and running one command with a deadline, output captured.
 */
final class DockerCli {
    private static final Logger LOG = LoggerFactory.getLogger(DockerCli.class);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(15);

    private final String executable;
    private volatile Optional<String> unavailable;

    DockerCli() {
        this("docker");
    }

    /** @param executable the CLI: a name looked up on PATH, or a path */
    DockerCli(String executable) {
        this.executable = executable;
    }

    /** A finished command: its exit code (-1: did not start or timed out) and its output (stdout and stderr). */
    record Result(int exit, String output) {
        boolean ok() {
            return exit == 0;
        }

        /** The last lines of the output, for error messages. */
        String tail() {
            List<String> lines = output.strip().lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        }
    }

    /** Why Docker cannot be used here (no CLI, no compose plugin, no engine), or empty when it can; probed once. */
    Optional<String> unavailable() {
        Optional<String> why = unavailable;
        if (why == null) {
            why = probe();
            unavailable = why;
            LOG.debug("docker: {}", why.orElse("available"));
        }
        return why;
    }

    private Optional<String> probe() {
        if (!onPath()) {
            return Optional.of("no '" + executable + "' command on PATH");
        }
        Result info = run(PROBE_TIMEOUT, List.of("info", "--format", "{{.ServerVersion}}"));
        if (!info.ok()) {
            return Optional.of("no Docker engine answers (docker info: "
                    + info.output().strip().lines().findFirst().orElse("exit " + info.exit()) + ")");
        }
        Result compose = run(PROBE_TIMEOUT, List.of("compose", "version"));
        if (!compose.ok()) {
            return Optional.of("the docker compose plugin is missing (docker compose version: "
                    + compose.output().strip().lines().findFirst().orElse("exit " + compose.exit()) + ")");
        }
        return Optional.empty();
    }

    private boolean onPath() {
        if (executable.contains(File.separator)) {
            return Files.isExecutable(Path.of(executable));
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, executable))) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code docker args...}; a command that does not finish within {@code timeout} is killed. */
    Result run(Duration timeout, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(executable);
        cmd.addAll(args);
        LOG.debug("running {}", cmd);
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(
                    new File("/dev/null"))).start();
        } catch (IOException e) {
            return new Result(-1, "cannot run " + executable + ": " + e.getMessage());
        }
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                return new Result(-1, String.join(" ", cmd) + ": no answer within " + timeout.toSeconds() + " s");
            }
            return new Result(p.exitValue(), output.get(5, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return new Result(-1, String.join(" ", cmd) + ": interrupted");
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            return new Result(p.exitValue(), "(output unreadable: " + e.getMessage() + ")");
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
