package org.imstb.topology.cli;

import org.imstb.hss.provisioning.HssCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The one launcher: {@code imstb up/status/logs/exec/capture/down} for labs, {@code imstb node <kind> --config FILE}
 * for one node, {@code imstb hss ...}, {@code imstb ue ...}, {@code imstb bench ...}.
 */
@Command(name = "imstb", mixinStandardHelpOptions = true, version = "imstb 0.1.0",
        description = "IMS core testbed: run labs from a topology file, start single nodes, provision the HSS, measure.",
        subcommands = {UpCommand.class, StatusCommand.class, LogsCommand.class, ExecCommand.class,
            CaptureCommand.class, TraceCommand.class, ScenarioCommand.class, DownCommand.class, ComposeCommand.class,
            NodeCommand.class, HssCommand.class, UeCommand.class, DemoCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class})
public final class Imstb {
    private Imstb() {
    }

    public static void main(String[] args) {
        if (isNode(args)) {
            int code = node(args);
            if (code != 0) { // 0: the node stopped on SIGTERM, inside the JVM's own shutdown
                System.exit(code);
            }
            return;
        }
        System.exit(new CommandLine(new Imstb()).execute(args));
    }

    /**
     * {@code imstb node KIND --config FILE}, as every lab runtime writes it, runs without picocli: a lab starts a dozen
     * node JVMs at once, and building picocli's command model (reflection over every subcommand) was a fifth of each
     * node's start-up CPU. Any other form (help, a missing option) goes through picocli for its usage message.
     * Returns the exit code: non-zero when the node could not start, 0 once SIGTERM/SIGINT has stopped it.
     */
    private static int node(String[] args) {
        NodeCommand command = new NodeCommand();
        if (args.length == 4 && args[2].equals("--config") && !args[1].startsWith("-")) {
            command.kind = args[1];
            command.config = java.nio.file.Path.of(args[3]);
            try {
                return command.call();
            } catch (Exception e) {
                System.err.println("imstb node " + args[1] + ": " + e);
                return 1;
            }
        }
        return new CommandLine(command).setCommandName("imstb node")
                .execute(java.util.Arrays.copyOfRange(args, 1, args.length));
    }

    private static boolean isNode(String[] args) {
        return args.length > 0 && args[0].equals("node");
    }
}
