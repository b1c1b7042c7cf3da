package org.imstb.topology.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.imstb.topology.trace.FlowAssertion;
import org.imstb.topology.trace.FlowResult;
import org.imstb.topology.trace.FlowSpec;
import org.imstb.topology.trace.LadderHtml;
import org.imstb.topology.trace.LadderText;
import org.imstb.topology.trace.MessageText;
import org.imstb.topology.trace.NodeInfo;
import org.imstb.topology.trace.TraceMessage;
import org.imstb.topology.trace.TraceSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code imstb trace [filters] [--full]}: every node's trace records merged into one ordered trace;
 * {@code imstb trace ladder [--html FILE]}: the same as a sequence diagram; {@code imstb trace check FLOW}: compare
 * with an expected flow. See docs/traces.md.
 */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Show a lab's SIP and Diameter messages, merged from all nodes, in order.",
        subcommands = {TraceCommand.Ladder.class, TraceCommand.Check.class})
final class TraceCommand implements Callable<Integer> {
    @Mixin
    LabOptions lab;

    @Mixin
    TraceOptions options;

    @Option(names = "--full", description = "print each whole message after its line")
    boolean full;

    @Override
    public Integer call() {
        return run(() -> {
            TraceSet set = options.load(lab);
            List<TraceMessage> shown = set.messages(options.filter());
            print(set, shown, full, System.out);
            return 0;
        });
    }

    static void print(TraceSet set, List<TraceMessage> shown, boolean full, PrintStream out) {
        out.println("# " + set.dir() + ": " + shown.size() + " of " + set.messages().size() + " message(s)"
                + (set.messages().isEmpty() ? "" : ", first at " + instant(set.messages().get(0).timeNs()))
                + "; " + offsets(set.clockOffsets()));
        if (shown.isEmpty()) {
            return;
        }
        int width = 4;
        for (TraceMessage m : shown) {
            width = Math.max(width, Math.max(m.from().length(), m.to().length()));
        }
        long t0 = set.messages().get(0).timeNs();
        String format = "%10.3f ms  %-" + width + "s -> %-" + width + "s  %-8s %s%s%n";
        for (TraceMessage m : shown) {
            out.printf(Locale.ROOT, format, (m.timeNs() - t0) / 1e6, m.from(), m.to(),
                    m.protocol().name(), m.summary(), m.retransmission() ? "  (retransmission)" : "");
            if (full) {
                for (String line : MessageText.display(m.text()).split("\n")) {
                    out.println("      " + line);
                }
                out.println();
            }
        }
    }

    private static String instant(long ns) {
        return Instant.ofEpochSecond(Math.floorDiv(ns, 1_000_000_000L), Math.floorMod(ns, 1_000_000_000L)).toString();
    }

    private static String offsets(Map<String, Long> offsets) {
        StringBuilder sb = new StringBuilder();
        offsets.entrySet().stream().filter(e -> e.getValue() != 0).sorted(Map.Entry.comparingByKey())
                .forEach(e -> sb.append(sb.length() == 0 ? "" : ", ").append(e.getKey()).append(' ')
                        .append(String.format(Locale.ROOT, "%+.3f ms", e.getValue() / 1e6)));
        return sb.length() == 0 ? "clock offsets: none" : "clock offsets: " + sb;
    }

    /** Runs a body; bad input and unreadable files become a one-line error and exit code 2. */
    static int run(Callable<Integer> body) {
        try {
            return body.call();
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("imstb trace: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code imstb trace ladder [--html FILE]}. */
    @Command(name = "ladder", mixinStandardHelpOptions = true,
            description = "Draw the trace as a sequence diagram: text, or a standalone HTML file.")
    static final class Ladder implements Callable<Integer> {
        @Mixin
        LabOptions lab;

        @Mixin
        TraceOptions options;

        @Option(names = "--html", paramLabel = "FILE",
                description = "write an HTML page with an SVG ladder (click an arrow for the whole message)")
        Path html;

        @Option(names = "--title", description = "the HTML page's title (default: the run directory)")
        String title;

        @Override
        public Integer call() {
            return run(() -> {
                TraceSet set = options.load(lab);
                List<TraceMessage> shown = set.messages(options.filter());
                List<NodeInfo> columns = set.columns(shown);
                if (html == null) {
                    System.out.print(LadderText.render(columns, shown));
                    return 0;
                }
                String t = title != null ? title : "imstb trace: " + set.dir().toAbsolutePath().normalize();
                Path parent = html.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(html, LadderHtml.render(t, columns, shown), StandardCharsets.UTF_8);
                System.out.println("wrote " + html + " (" + shown.size() + " messages, " + columns.size()
                        + " lifelines)");
                return 0;
            });
        }
    }

    /** {@code imstb trace check FLOW}: exit 0 when the trace follows the flow, 1 with the first difference. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Compare the trace with an expected flow; exit 0 if it matches, 1 with "
            + "the first difference otherwise.")
    static final class Check implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FLOW",
                description = "a flow file, or a built-in flow: " + "registration")
        String flow;

        @Option(names = "--strict", description = "no other messages may come before, between or after the flow's")
        boolean strict;

        @Mixin
        LabOptions lab;

        @Mixin
        TraceOptions options;

        @Override
        public Integer call() {
            return run(() -> {
                Path file = Path.of(flow);
                FlowSpec spec = Files.isRegularFile(file) ? FlowSpec.load(file) : FlowSpec.builtIn(flow);
                if (strict) {
                    spec = spec.strict(true);
                }
                TraceSet set = options.load(lab);
                FlowResult result = FlowAssertion.check(spec, set.messages(options.filter()));
                (result.matches() ? System.out : System.err).println(result.report());
                return result.matches() ? 0 : 1;
            });
        }
    }
}
