package org.imstb.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/** The trace records ({@code <node>.trace.jsonl}) that nodes of a running lab wrote, for assertions on the wire. */
final class LabTraces {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LabTraces() {
    }

    /** One traced message: who recorded it, IN or OUT, SIP or DIAMETER, its one-line summary and full text. */
    record Traced(long timeNs, String node, String direction, String protocol, String summary, String message) {
        boolean received() {
            return "IN".equals(direction);
        }

        boolean sip() {
            return "SIP".equals(protocol);
        }

        /** The value of the first header {@code name} in the message, or null. */
        String header(String name) {
            for (String line : message.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
                if (line.isEmpty()) {
                    break;
                }
            }
            return null;
        }
    }

    /** The records of {@code nodes} at or after {@code sinceNs} (ns since the epoch), in file order per node. */
    static List<Traced> read(Path runDir, Collection<String> nodes, long sinceNs) throws Exception {
        List<Traced> out = new ArrayList<>();
        for (String node : nodes) {
            Path file = runDir.resolve(node + ".trace.jsonl");
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode j;
                try {
                    j = JSON.readTree(line);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    continue; // a line being written
                }
                long time = j.path("time").asLong();
                if (time >= sinceNs) {
                    out.add(new Traced(time, j.path("node").asText(), j.path("direction").asText(),
                            j.path("protocol").asText(), j.path("summary").asText(), j.path("message").asText()));
                }
            }
        }
        return out;
    }

    /** Waits up to {@code seconds} until some record of {@code nodes} since {@code sinceNs} matches; the records. */
    static List<Traced> await(Path runDir, Collection<String> nodes, long sinceNs, Predicate<Traced> wanted,
            long seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Traced> records = read(runDir, nodes, sinceNs);
        while (records.stream().noneMatch(wanted) && System.nanoTime() < end) {
            Thread.sleep(200);
            records = read(runDir, nodes, sinceNs);
        }
        return records;
    }

    /** Epoch nanoseconds now (the trace records' clock). */
    static long nowNs() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
