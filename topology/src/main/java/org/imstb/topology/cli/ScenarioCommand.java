package org.imstb.topology.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.imstb.topology.runtime.LabState;
import org.imstb.topology.runtime.Runtimes;
import org.imstb.topology.trace.LadderText;
import org.imstb.topology.trace.TraceFilter;
import org.imstb.topology.trace.TraceMessage;
import org.imstb.topology.trace.TraceSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code imstb scenario call}: on a running lab, the first UE of the second domain registers and waits, the first UE
 * of the first domain registers and calls it (with QoS preconditions: reliable 183, PRACK, UPDATE), talks, hangs up;
 * then the call's flow is printed as a ladder from the nodes' traces. Each UE runs as {@code imstb exec ueN -- imstb
 * ue register ...} (in its namespace on netns), exactly the lines {@code imstb status} prints.
 */
@Command(name = "scenario", description = "Run a scenario on the running lab and print its flow.",
        subcommands = ScenarioCommand.Call.class)
final class ScenarioCommand {

    @Command(name = "call", description = "ue1 calls ue2 across the operators (preconditions, PRACK, UPDATE), then "
            + "prints the call's ladder.")
    static final class Call implements Callable<Integer> {
        @Option(names = "--caller", defaultValue = "ue1", description = "the calling UE node (default: ${DEFAULT-VALUE})")
        String caller;

        @Option(names = "--callee", defaultValue = "ue2", description = "the called UE node (default: ${DEFAULT-VALUE})")
        String callee;

        @Option(names = "--plain", description = "no preconditions: INVITE, 180, 200, ACK")
        boolean plain;

        @Mixin
        LabOptions lab;

        @Override
        public Integer call() throws Exception {
            Path dir = lab.runDir();
            LabState state = LabState.read(dir);
            String calleeUri = impu(state.node(callee).hint());
            Process answering = start(state, dir, callee, List.of("--wait", "30", "--deregister"),
                    dir.resolve("scenario-" + callee + ".out"));
            try {
                if (!await(dir.resolve("scenario-" + callee + ".out"), "waiting 30 s", answering, 60)) {
                    System.err.println("imstb scenario: " + callee + " did not register:\n"
                            + read(dir.resolve("scenario-" + callee + ".out")));
                    return 1;
                }
                String since = Instant.now().toString();
                List<String> extra = new ArrayList<>(List.of("--call", calleeUri, "--talk", "1", "--deregister"));
                if (!plain) {
                    extra.add("--preconditions");
                }
                Path out = dir.resolve("scenario-" + caller + ".out");
                Process calling = start(state, dir, caller, extra, out);
                calling.waitFor(90, TimeUnit.SECONDS);
                String result = read(out);
                result.lines().filter(l -> !l.contains(" INFO ")).forEach(System.out::println);
                Thread.sleep(500); // the last messages reach the trace files
                TraceSet traces = TraceSet.load(dir);
                List<TraceMessage> shown = traces.messages(new TraceFilter(null, null, null, since, null)).stream()
                        .filter(m -> !registration(m)).toList();
                System.out.println();
                System.out.println("The call as the nodes recorded it (imstb trace ladder --since " + since + "):");
                System.out.print(LadderText.render(traces.columns(shown), shown));
                return calling.exitValue() == 0 && result.contains(": 200 OK") ? 0 : 1;
            } finally {
                answering.waitFor(40, TimeUnit.SECONDS);
                answering.destroy();
            }
        }

        /** Labels of the caller's registration, reg-event and deregistration, left out of the call's ladder. */
        private static boolean registration(TraceMessage m) {
            return m.label().matches("(UAR|UAA|MAR|MAA|SAR|SAA)\\b.*") || m.text() != null
                    && m.text().lines().anyMatch(l -> l.matches("(?i)(CSeq|l):\\s*\\d+\\s+(REGISTER|SUBSCRIBE|NOTIFY)\\s*"));
        }

        private static String impu(String hint) {
            String[] words = hint.split(" ");
            for (int i = 0; i < words.length - 1; i++) {
                if (words[i].equals("--impu")) {
                    return words[i + 1];
                }
            }
            throw new IllegalArgumentException("no --impu in " + hint);
        }

        private static Process start(LabState state, Path dir, String ue, List<String> extra, Path out)
                throws Exception {
            List<String> cmd = new ArrayList<>(Runtimes.named(state.runtime()).execPrefix(state.name(), ue));
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.add("-XX:TieredStopAtLevel=1");
            cmd.add("-Djdk.net.hosts.file=" + dir.resolve("hosts").toAbsolutePath());
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add(Imstb.class.getName());
            List<String> args = new ArrayList<>(List.of(state.node(ue).hint().split(" ")));
            cmd.addAll(args.subList(args.indexOf("--") + 2, args.size())); // after "-- imstb"
            cmd.addAll(extra);
            return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        }

        private static boolean await(Path out, String text, Process p, int seconds) throws Exception {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < end) {
                if (read(out).contains(text)) {
                    return true;
                }
                if (!p.isAlive()) {
                    return read(out).contains(text);
                }
                Thread.sleep(100);
            }
            return false;
        }

        private static String read(Path f) throws java.io.IOException {
            return Files.exists(f) ? Files.readString(f) : "";
        }
    }
}
