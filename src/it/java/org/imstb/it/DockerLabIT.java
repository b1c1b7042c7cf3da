package org.imstb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.imstb.topology.file.TopologyLoader;
import org.imstb.topology.lab.Lab;
import org.imstb.topology.lab.LabPlanner;
import org.imstb.topology.runtime.LabFiles;
import org.imstb.topology.runtime.docker.ComposeFile;
import org.imstb.topology.runtime.docker.DockerRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.Container;
import org.testcontainers.containers.ContainerState;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * The default topology on the docker runtime: the image built from docker/Dockerfile (Testcontainers), the lab
 * written as {@code imstb compose} writes it, started with Testcontainers' {@link ComposeContainer}; the test waits for
 * pcscf1's health check (its {@code /ready}, which needs the I-CSCF, S-CSCF, HSS and DNS behind it) and asks
 * {@code /ready} itself inside the container. Skipped where no Docker engine answers or the launcher is not built.
 * The lab gets its own name and prefixes ({@code fd00:0:7e57:N::/64}) so it never collides with a user's lab.
 */
class DockerLabIT {
    private static final Logger LOG = LoggerFactory.getLogger(DockerLabIT.class);

    @TempDir
    Path dir;

    @Test
    void defaultTopologyComesUpInContainers() throws Exception {
        assumeTrue(DockerClientFactory.instance().isDockerAvailable(),
                "no Docker engine answers here (Testcontainers found none): docker runtime not tested");
        Path root = repositoryRoot();
        Path jar = root.resolve("topology/target/imstb.jar");
        Path lib = root.resolve("topology/target/lib");
        assumeTrue(Files.isRegularFile(jar) && Files.isDirectory(lib),
                "the launcher is not built (" + jar + "): run ./mvnw -q -DskipTests package first");

        long id = ProcessHandle.current().pid() % 10_000;
        String tag = "imstb:it-" + id;
        // exactly the build context the root .dockerignore lets through, with the Dockerfile at its root
        new ImageFromDockerfile(tag, true)
                .withFileFromPath("Dockerfile", root.resolve("docker/Dockerfile"))
                .withFileFromPath("docker", root.resolve("docker"))
                .withFileFromPath("topology/target/imstb.jar", jar)
                .withFileFromPath("topology/target/lib", lib)
                .get();

        String name = "itd" + id;
        Path topology = dir.resolve(name + ".yaml");
        Files.writeString(topology, TopologyLoader.defaultText().replace("name: ims", "name: " + name)
                .replace("fd00:0:0:", "fd00:0:7e57:"), StandardCharsets.UTF_8);
        DockerRuntime runtime = new DockerRuntime(tag);
        Lab lab = LabPlanner.plan(TopologyLoader.load(topology), topology, runtime.addressing(name));
        Path run = dir.resolve("run");
        LabFiles.write(lab, runtime, run);
        Path compose = ComposeFile.write(lab, run, tag);

        ComposeContainer env = new ComposeContainer(compose.toFile())
                .withLocalCompose(localCompose())
                .withPull(false)
                .withRemoveVolumes(true)
                .withStartupTimeout(Duration.ofMinutes(4))
                .waitingFor("pcscf1", Wait.forHealthcheck().withStartupTimeout(Duration.ofMinutes(4)));
        try {
            env.start();
            ContainerState pcscf1 = env.getContainerByServiceName("pcscf1").orElseThrow();
            String url = "http://[" + lab.node("pcscf1").address() + "]:8080/ready";
            Container.ExecResult ready = pcscf1.execInContainer("curl", "-fsSg", url);
            assertEquals(0, ready.getExitCode(), url + ": " + ready.getStdout() + ready.getStderr());
        } finally {
            giveBack(env, run);
            env.stop();
        }
    }

    /** Files the containers (root) wrote into the run directory go back to this user, so the temp dir can go. */
    private static void giveBack(ComposeContainer env, Path run) {
        try {
            Object uid = Files.getAttribute(run, "unix:uid");
            Object gid = Files.getAttribute(run, "unix:gid");
            env.getContainerByServiceName("pcscf1").ifPresent(c -> {
                try {
                    c.execInContainer("chown", "-R", uid + ":" + gid, "/lab");
                } catch (Exception e) {
                    LOG.warn("could not give the run directory back: {}", e.toString());
                }
            });
        } catch (IOException | UnsupportedOperationException | IllegalStateException e) {
            LOG.warn("could not give the run directory back: {}", e.toString());
        }
    }

    /** The host's {@code docker compose} where it exists; else Testcontainers runs compose in a container. */
    private static boolean localCompose() {
        try {
            ImstbCli.Result version = ImstbCli.sh("docker", "compose", "version");
            return version.ok();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("docker/Dockerfile"))) {
                return p;
            }
        }
        throw new IllegalStateException("docker/Dockerfile not found above " + Path.of("").toAbsolutePath());
    }
}
