package org.imstb.topology.runtime.docker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.imstb.topology.file.NodeKind;
import org.imstb.topology.lab.Addressing;
import org.imstb.topology.lab.Lab;
import org.imstb.topology.lab.LabNode;
import org.imstb.topology.runtime.Runtime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every node a container of compose project {@code imstb-<lab>}: its own IPv6 address on each of its networks (one
 * Docker network per topology network), the standard ports, the management endpoint on its main address, port
 * {@value #MGMT_PORT}. {@link #prepare} writes {@code compose.yaml} into the run directory ({@link ComposeFile}) and,
 * where a Docker engine answers, starts it and waits until every node is healthy; the containers are the node
 * processes, so the runner starts none ({@link #startsProcesses()} is false). Where Docker is absent, {@code prepare}
 * fails after writing the file, saying how to start it elsewhere.
 */
public final class DockerRuntime implements Runtime {
    public static final int MGMT_PORT = 8080;
    private static final Logger LOG = LoggerFactory.getLogger(DockerRuntime.class);
    private static final Duration UP_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration DOWN_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration LIST_TIMEOUT = Duration.ofSeconds(30);

    private final DockerCli docker;
    private final String image;

    /** The runtime with image {@value ComposeFile#DEFAULT_IMAGE} and the {@code docker} command on PATH. */
    public DockerRuntime() {
        this(ComposeFile.DEFAULT_IMAGE);
    }

    /** The runtime running every container from {@code image}. */
    public DockerRuntime(String image) {
        this(new DockerCli(), image);
    }

    DockerRuntime(DockerCli docker, String image) {
        this.docker = docker;
        this.image = image;
    }

    @Override
    public String name() {
        return "docker";
    }

    /** The image every container runs. */
    public String image() {
        return image;
    }

    @Override
    public Addressing addressing(String labName) {
        Map<String, String> main = new ConcurrentHashMap<>();
        return new Addressing() {
            @Override
            public String address(String node, String base, String planned) {
                main.putIfAbsent(node, planned); // the planner places a node's first network first
                return planned;
            }

            @Override
            public int port(String node, NodeKind kind, String service, int standard) {
                return standard;
            }

            @Override
            public String mgmtAddress(String node, int index) {
                return main.getOrDefault(node, "::");
            }

            @Override
            public int mgmtPort(String node) {
                return MGMT_PORT;
            }
        };
    }

    @Override
    public boolean startsProcesses() {
        return false;
    }

    /**
     * Writes {@code <runDir>/compose.yaml}; then {@code docker compose up -d --wait}, which returns once every node's
     * health check ({@code /ready}) passes. Without Docker: an IOException after writing the file.
     */
    @Override
    public List<String> prepare(Lab lab, Path runDir) throws IOException {
        Path file = ComposeFile.write(lab, runDir, image);
        LOG.info("lab {}: compose file {}", lab.name(), file);
        Optional<String> why = docker.unavailable();
        if (why.isPresent()) {
            throw new IOException(notStarted(file, why.get()));
        }
        DockerCli.Result up = docker.run(UP_TIMEOUT, compose(lab.name(), file, "up", "-d", "--wait"));
        if (!up.ok()) {
            throw new IOException("docker compose up of lab " + lab.name() + " failed (" + file + "):\n" + up.tail());
        }
        return warnings(lab);
    }

    /** The message of {@link #prepare} where Docker is absent: where the file is and how to start it. */
    static String notStarted(Path file, String why) {
        return "the compose file was written to " + file.toAbsolutePath() + ", but Docker is not usable here (" + why
                + "). Where Docker runs: build the image in the repository with './mvnw -q -DskipTests package &&"
                + " docker build -f docker/Dockerfile -t " + ComposeFile.DEFAULT_IMAGE + " .', copy the run directory"
                + " " + file.toAbsolutePath().getParent() + " and start it with 'docker compose -f "
                + file.toAbsolutePath() + " up -d'";
    }

    /** What the topology asks for that containers do not do. */
    public static List<String> warnings(Lab lab) {
        List<String> warnings = new ArrayList<>();
        for (LabNode n : lab.nodes()) {
            for (LabNode.Attachment a : n.ports()) {
                if (a.rate() != null || a.delay() != null || a.loss() != null) {
                    warnings.add("link shaping of " + n.name() + " on " + a.network()
                            + " (rate/delay/loss) is not applied on the docker runtime");
                }
            }
        }
        return warnings;
    }

    /**
     * {@code docker compose -p imstb-<lab> exec [-T] <node>}: {@code -T} (no pseudo-terminal) when this process has no
     * terminal either, as in scripts and tests, where compose would otherwise refuse.
     */
    @Override
    public List<String> execPrefix(String labName, String node) {
        List<String> prefix = new ArrayList<>(List.of("docker", "compose", "-p", ComposeFile.project(labName), "exec"));
        if (System.console() == null) {
            prefix.add("-T");
        }
        prefix.add(node);
        return List.copyOf(prefix);
    }

    /** {@code docker compose down -v --remove-orphans} of the lab's project; nothing where Docker is absent. */
    @Override
    public void teardown(String labName, Path runDir) throws IOException {
        Optional<String> why = docker.unavailable();
        if (why.isPresent()) {
            LOG.debug("lab {}: nothing to tear down, {}", labName, why.get());
            return;
        }
        Path file = runDir.resolve(ComposeFile.FILE_NAME);
        List<String> args = Files.exists(file) ? compose(labName, file, "down", "-v", "--remove-orphans")
                : List.of("compose", "-p", ComposeFile.project(labName), "down", "-v", "--remove-orphans");
        DockerCli.Result down = docker.run(DOWN_TIMEOUT, args);
        if (!down.ok()) {
            throw new IOException("docker compose down of lab " + labName + " failed:\n" + down.tail());
        }
    }

    /** The lab's containers and networks that still exist; empty where Docker is absent. */
    @Override
    public List<String> leftovers(String labName) throws IOException {
        if (docker.unavailable().isPresent()) {
            return List.of();
        }
        String label = "label=com.docker.compose.project=" + ComposeFile.project(labName);
        List<String> left = new ArrayList<>();
        list(List.of("ps", "-a", "--filter", label, "--format", "{{.Names}}"), "container ", left);
        list(List.of("network", "ls", "--filter", label, "--format", "{{.Name}}"), "network ", left);
        return left;
    }

    private void list(List<String> args, String what, List<String> into) throws IOException {
        DockerCli.Result r = docker.run(LIST_TIMEOUT, args);
        if (!r.ok()) {
            throw new IOException("docker " + String.join(" ", args) + " failed:\n" + r.tail());
        }
        r.output().lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> into.add(what + l));
    }

    private static List<String> compose(String labName, Path file, String... command) {
        List<String> args = new ArrayList<>(List.of("compose", "-p", ComposeFile.project(labName), "-f",
                file.toAbsolutePath().toString()));
        args.addAll(List.of(command));
        return args;
    }
}
