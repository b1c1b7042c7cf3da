package org.imstb.topology.runtime.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.imstb.topology.file.TopologyLoader;
import org.imstb.topology.lab.Lab;
import org.imstb.topology.lab.LabPlanner;
import org.imstb.topology.runtime.Runtimes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerRuntimeTest {
    @TempDir
    Path dir;

    private static Lab lab(DockerRuntime rt) {
        return LabPlanner.plan(TopologyLoader.defaultTopology(), null, rt.addressing("ims"));
    }

    /** A stand-in docker CLI: logs its arguments, answers info/compose version/ps, fails when told to. */
    private Path fakeDocker(boolean engine) throws IOException {
        Path script = dir.resolve("docker");
        Files.writeString(script, "#!/bin/sh\necho \"$*\" >> '" + dir.resolve("calls") + "'\n"
                + "case \"$1\" in\n"
                + "  info) " + (engine ? "echo 27.0.3; exit 0"
                        : "echo 'Cannot connect to the Docker daemon' >&2; exit 1") + " ;;\n"
                + "  ps) echo imstb-ims-pcscf1-1 ;;\n"
                + "  network) echo imstb-ims_net1 ;;\n"
                + "esac\nexit 0\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    private List<String> calls() throws IOException {
        Path calls = dir.resolve("calls");
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }

    @Test
    void withoutDockerPrepareWritesTheComposeFileAndSaysHowToStartIt() throws Exception {
        DockerRuntime rt = new DockerRuntime(new DockerCli(dir.resolve("no-such-docker").toString()), "imstb:latest");
        Path run = dir.resolve("run");
        IOException e = assertThrows(IOException.class, () -> rt.prepare(lab(rt), run));
        Path file = run.resolve("compose.yaml").toAbsolutePath();
        assertTrue(Files.exists(file));
        assertTrue(e.getMessage().contains("compose file was written to " + file), e.getMessage());
        assertTrue(e.getMessage().contains("docker compose -f " + file + " up -d"), e.getMessage());
        assertTrue(e.getMessage().contains("docker build -f docker/Dockerfile"), e.getMessage());
        rt.teardown("ims", run); // nothing to do, no failure
        assertEquals(List.of(), rt.leftovers("ims"));
    }

    @Test
    void aCliWithoutEngineIsNotDocker() throws Exception {
        DockerRuntime rt = new DockerRuntime(new DockerCli(fakeDocker(false).toString()), "imstb:latest");
        IOException e = assertThrows(IOException.class, () -> rt.prepare(lab(rt), dir.resolve("run")));
        assertTrue(e.getMessage().contains("no Docker engine answers"), e.getMessage());
        assertEquals(List.of("info --format {{.ServerVersion}}"), calls(), "probed once, nothing started");
    }

    @Test
    void withDockerComposeUpWaitsAndDownRemovesVolumesAndOrphans() throws Exception {
        DockerRuntime rt = new DockerRuntime(new DockerCli(fakeDocker(true).toString()), "imstb:latest");
        Path run = dir.resolve("run");
        List<String> warnings = rt.prepare(lab(rt), run);
        assertEquals(List.of("link shaping of router on net3 (rate/delay/loss) is not applied on the docker runtime"),
                warnings);
        String file = run.resolve("compose.yaml").toAbsolutePath().toString();
        rt.teardown("ims", run);
        assertEquals(List.of("container imstb-ims-pcscf1-1", "network imstb-ims_net1"), rt.leftovers("ims"));
        assertEquals(List.of("info --format {{.ServerVersion}}", "compose version",
                "compose -p imstb-ims -f " + file + " up -d --wait",
                "compose -p imstb-ims -f " + file + " down -v --remove-orphans",
                "ps -a --filter label=com.docker.compose.project=imstb-ims --format {{.Names}}",
                "network ls --filter label=com.docker.compose.project=imstb-ims --format {{.Name}}"), calls());
    }

    @Test
    void containersAreTheProcesses() {
        DockerRuntime rt = assertInstanceOf(DockerRuntime.class, Runtimes.named("docker"));
        assertEquals("docker", rt.name());
        assertFalse(rt.startsProcesses());
        List<String> exec = System.console() == null
                ? List.of("docker", "compose", "-p", "imstb-ims", "exec", "-T", "ue1")
                : List.of("docker", "compose", "-p", "imstb-ims", "exec", "ue1");
        assertEquals(exec, rt.execPrefix("ims", "ue1"));
        Lab lab = lab(rt);
        assertTrue(rt.runs(lab.node("dhcp1")));
        assertFalse(rt.runs(lab.node("pdf1")));
        assertFalse(rt.runs(lab.node("ue1")));
    }
}
