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
        int code = new CommandLine(new Imstb()).execute(args);
        if (code != 0 || !isNode(args)) {
            System.exit(code);
        }
    }

    private static boolean isNode(String[] args) {
        return args.length > 0 && args[0].equals("node");
    }
}
