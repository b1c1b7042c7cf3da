package org.imstb.topology.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.imstb.topology.runtime.LabState;
import org.imstb.topology.runtime.Runtimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code imstb exec NODE -- CMD...}: runs a command as the node (in its namespace on netns; on the host with the lab's
 * hosts file otherwise). {@code imstb} as the command runs this launcher there, with the lab's hosts file, e.g.
 * {@code imstb exec ue1 -- imstb ue register ...}.
 */
@Command(name = "exec", description = "Run a command in a node's network (its namespace on the netns runtime).")
final class ExecCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "node name, e.g. ue1")
    String node;

    @Parameters(index = "1..*", arity = "1..*", description = "the command and its arguments (after --)")
    List<String> command;

    @Mixin
    LabOptions lab;

    @Override
    public Integer call() throws Exception {
        Path dir = lab.runDir();
        LabState state = LabState.read(dir);
        state.node(node);
        List<String> cmd = new ArrayList<>(Runtimes.named(state.runtime()).execPrefix(state.name(), node));
        Path hosts = dir.resolve("hosts").toAbsolutePath();
        if (command.get(0).equals("imstb")) {
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.add("-Djdk.net.hosts.file=" + hosts);
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add(Imstb.class.getName());
            cmd.addAll(command.subList(1, command.size()));
        } else {
            cmd.addAll(command);
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        pb.environment().put("IMSTB_HOSTS", hosts.toString());
        return pb.start().waitFor();
    }
}
