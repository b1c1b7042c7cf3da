package org.imstb.topology.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A plain-text ladder of what the nodes of a run directory sent, merged from their trace files in time order: one
 * line per message, sender → receiver, as the sender saw it. Receivers are named from a map of addresses/hosts to
 * node names; unknown peers are shown as their address.
 */
public final class TraceLadder {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TraceLadder() {
    }

    /** One sent message. */
    public record Line(long timeNs, String from, String to, String protocol, String summary) {
    }

    /** Every OUT record of the trace files in {@code dir}, oldest first. */
    public static List<Line> read(Path dir, Map<String, String> names) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".trace.jsonl")).toList()) {
                for (String l : Files.readAllLines(f)) {
                    JsonNode n = JSON.readTree(l);
                    if ("OUT".equals(n.path("direction").asText())) {
                        String remote = n.path("remote").asText();
                        lines.add(new Line(n.path("time").asLong(), n.path("node").asText(),
                                names.entrySet().stream().filter(e -> remote.contains(e.getKey())).map(Map.Entry::getValue)
                                        .findFirst().orElse(remote), n.path("protocol").asText(),
                                n.path("summary").asText()));
                    }
                }
            }
        }
        lines.sort(Comparator.comparingLong(Line::timeNs));
        return lines;
    }

    public static void print(List<Line> lines, PrintStream out) {
        long t0 = lines.isEmpty() ? 0 : lines.get(0).timeNs();
        for (Line l : lines) {
            out.printf("%9.3f ms  %-7s -> %-7s %-8s %s%n", (l.timeNs() - t0) / 1e6, l.from(), l.to(), l.protocol(),
                    l.summary());
        }
    }
}
