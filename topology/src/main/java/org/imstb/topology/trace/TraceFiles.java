package org.imstb.topology.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.imstb.common.trace.Direction;
import org.imstb.common.trace.Protocol;
import org.imstb.common.trace.TraceRecord;

/**
 * Reads {@code <node>.trace.jsonl} files (written by ims-common's {@code JsonLinesTraceWriter}: one JSON object per
 * line with {@code time, node, direction, protocol, transport, local, remote, summary, message}). A node that is
 * still running or was killed may leave a truncated last line: it is skipped with a warning, as is any other line
 * that is not a record.
 */
final class TraceFiles {
    static final String SUFFIX = ".trace.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private TraceFiles() {
    }

    /** Records and what was skipped. */
    record Loaded(List<TraceRecord> records, List<String> warnings) {
    }

    /** Every trace file directly in {@code dir}, in file-name order; records in file order. */
    static Loaded read(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(p)).sorted()
                    .toList();
        }
        List<TraceRecord> records = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Path f : files) {
            read(f, records, warnings);
        }
        return new Loaded(records, warnings);
    }

    static void read(Path file, List<TraceRecord> records, List<String> warnings) throws IOException {
        String fallbackNode = file.getFileName().toString();
        fallbackNode = fallbackNode.substring(0, fallbackNode.length() - SUFFIX.length());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                records.add(record(JSON.readTree(line), fallbackNode));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                boolean last = i == lines.size() - 1;
                warnings.add(file.getFileName() + ":" + (i + 1) + ": " + (last ? "truncated last line skipped"
                        : "not a trace record, skipped (" + firstLine(e.getMessage()) + ")"));
            }
        }
    }

    static TraceRecord record(JsonNode n, String fallbackNode) {
        if (n == null || !n.isObject() || !n.hasNonNull("time") || !n.hasNonNull("direction")) {
            throw new IllegalArgumentException("time or direction missing");
        }
        return new TraceRecord(n.get("time").asLong(), text(n, "node", fallbackNode),
                Direction.valueOf(n.get("direction").asText().toUpperCase(Locale.ROOT)),
                Protocol.valueOf(text(n, "protocol", "SIP").toUpperCase(Locale.ROOT)), text(n, "transport", ""),
                text(n, "local", ""), text(n, "remote", ""), text(n, "summary", ""), text(n, "message", ""));
    }

    private static String text(JsonNode n, String field, String dflt) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? dflt : v.asText();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
