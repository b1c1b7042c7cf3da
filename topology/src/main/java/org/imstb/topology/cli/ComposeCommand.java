package org.imstb.topology.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.imstb.common.config.ConfigException;
import org.imstb.topology.file.TopologyFile;
import org.imstb.topology.file.TopologyLoader;
import org.imstb.topology.lab.Lab;
import org.imstb.topology.lab.LabPlanner;
import org.imstb.topology.runtime.LabFiles;
import org.imstb.topology.runtime.LabState;
import org.imstb.topology.runtime.docker.ComposeFile;
import org.imstb.topology.runtime.docker.DockerRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code imstb compose [FILE] [--out DIR]}: writes a lab for the docker runtime (the node configurations, HSS
 * provisioning and {@code compose.yaml}) into a directory and says how to build the image and start it. Needs no
 * Docker itself.
 */
@Command(name = "compose", mixinStandardHelpOptions = true,
        description = "Write a Docker Compose lab (docker runtime) for a topology file (default: the built-in"
                + " two-domain topology) and print how to start it.")
final class ComposeCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", description = "topology file (default: the built-in default topology)")
    Path file;

    @Option(names = "--out", description = "directory for compose.yaml and the node configurations "
            + "(default: <run root>/<lab>-docker)")
    Path out;

    @Option(names = "--run-root", defaultValue = "${env:IMSTB_RUN:-run}",
            description = "the run root of the default --out (default ./run, or $IMSTB_RUN)")
    Path runRoot;

    @Option(names = "--image", defaultValue = ComposeFile.DEFAULT_IMAGE,
            description = "the image every container runs (default: ${DEFAULT-VALUE})")
    String image;

    @Override
    public Integer call() throws Exception {
        Path dir;
        Lab lab;
        DockerRuntime runtime = new DockerRuntime(image);
        try {
            TopologyFile topology = file == null ? TopologyLoader.defaultTopology() : TopologyLoader.load(file);
            lab = LabPlanner.plan(topology, file, runtime.addressing(topology.name()));
            dir = out != null ? out : runRoot.resolve(topology.name() + "-docker");
            LabFiles.write(lab, runtime, dir);
        } catch (ConfigException e) {
            System.err.println("imstb compose: " + e.getMessage());
            return 2;
        }
        Path compose = ComposeFile.write(lab, dir, image).toAbsolutePath();
        DockerRuntime.warnings(lab).forEach(w -> System.out.println("warning: " + w));
        String dc = "docker compose -f " + compose;
        System.out.printf("lab %s: %s written with the node configurations in %s%n", lab.name(), compose,
                compose.getParent());
        System.out.println("build the image (in the repository root, after each build):");
        System.out.println("  ./mvnw -q -DskipTests package");
        System.out.println("  docker build -f docker/Dockerfile -t " + image + " .");
        System.out.println("start (returns once every node is ready):  " + dc + " up -d --wait");
        for (LabState.NodeState n : LabState.of(lab, runtime, "", 0).nodes()) {
            if (n.hint() != null) {
                System.out.println("register " + n.name() + ":  "
                        + n.hint().replaceFirst("^imstb exec (\\S+) -- ", dc + " exec $1 "));
            }
        }
        System.out.println("logs:  " + dc + " logs NODE    stop:  " + dc + " down -v");
        return 0;
    }
}
