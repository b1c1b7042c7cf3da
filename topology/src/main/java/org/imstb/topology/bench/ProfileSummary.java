package org.imstb.topology.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a node's CPU samples went, from async-profiler's collapsed stacks ({@code frame;frame;... count} per line):
 * each sample belongs to the innermost frame of a known library (JAIN-SIP, jDiameter, H2, logging) or of this
 * project, else to GC (and other VM operations), the JIT compilers or "other" (the JDK and the kernel on their own).
 * A project method that calls into JAIN-SIP counts for JAIN-SIP: what is left under this project is its own code. The project's methods with the
 * most samples are listed: in 2026-11 that list showed the S-CSCF spending 36 % of its CPU in its own code (an expiry
 * scan and XML parser set-up), which no library-level view had shown.
 */
final class ProfileSummary {
    /** Package prefixes (as in JVM frame names) and what they are called in the summary; first match wins. */
    private static final List<Map.Entry<String, String>> OWNERS = List.of(
            Map.entry("gov/nist/", "JAIN-SIP"),
            Map.entry("org/jdiameter/", "jDiameter"),
            Map.entry("org/h2/", "H2"),
            Map.entry("ch/qos/logback/", "logging"),
            Map.entry("org/slf4j/", "logging"),
            Map.entry("org/imstb/", "imstb"));
    private static final String PROJECT = "org/imstb/";

    private final long samples;
    private final Map<String, Long> byOwner;
    private final Map<String, Long> byProjectMethod;

    private ProfileSummary(long samples, Map<String, Long> byOwner, Map<String, Long> byProjectMethod) {
        this.samples = samples;
        this.byOwner = byOwner;
        this.byProjectMethod = byProjectMethod;
    }

    static ProfileSummary read(Path collapsed) throws IOException {
        try (Stream<String> lines = Files.lines(collapsed)) {
            return of(lines);
        }
    }

    static ProfileSummary of(Stream<String> collapsedLines) {
        long[] total = {0};
        Map<String, Long> owners = new LinkedHashMap<>();
        Map<String, Long> methods = new LinkedHashMap<>();
        collapsedLines.forEach(line -> {
            int space = line.lastIndexOf(' ');
            if (space <= 0) {
                return;
            }
            long count;
            try {
                count = Long.parseLong(line.substring(space + 1).trim());
            } catch (NumberFormatException e) {
                return;
            }
            String[] frames = line.substring(0, space).split(";");
            total[0] += count;
            String innermost = innermostKnown(frames);
            String owner = innermost != null ? ownerOf(innermost) : runtimePart(frames);
            owners.merge(owner, count, Long::sum);
            if (innermost != null && innermost.startsWith(PROJECT)) {
                methods.merge(innermost, count, Long::sum);
            }
        });
        return new ProfileSummary(total[0], sorted(owners), sorted(methods));
    }

    long samples() {
        return samples;
    }

    /** Share (0..1) of the samples owned by {@code owner} ("JAIN-SIP", "GC/VM", "imstb", ...). */
    double share(String owner) {
        return samples == 0 ? 0 : byOwner.getOrDefault(owner, 0L) / (double) samples;
    }

    /** The project's methods with their own samples, most first. */
    Map<String, Long> projectMethods() {
        return byProjectMethod;
    }

    /** One line per node: the owners' shares, then the project's top {@code top} methods. */
    String line(String node, int top) {
        StringBuilder b = new StringBuilder(String.format("profile %s (%,d samples):", node, samples));
        byOwner.forEach((owner, n) -> b.append(String.format(" %s %.1f %%,", owner, 100.0 * n / samples)));
        b.setLength(b.length() - 1);
        int shown = 0;
        for (Map.Entry<String, Long> m : byProjectMethod.entrySet()) {
            if (shown++ == top) {
                break;
            }
            b.append(shown == 1 ? "; own code: " : ", ").append(shortName(m.getKey()))
                    .append(String.format(" %.1f %%", 100.0 * m.getValue() / samples));
        }
        return b.toString();
    }

    private static String innermostKnown(String[] frames) {
        for (int i = frames.length - 1; i >= 0; i--) {
            if (ownerOf(frames[i]) != null) {
                return frames[i];
            }
        }
        return null;
    }

    private static String ownerOf(String frame) {
        for (Map.Entry<String, String> o : OWNERS) {
            if (frame.startsWith(o.getKey())) {
                return o.getValue();
            }
        }
        return null;
    }

    /** Samples outside any library: the collector, the JIT compilers, or the JDK/kernel on their own. */
    private static String runtimePart(String[] frames) {
        for (String f : frames) {
            if (f.contains("CompileBroker") || f.contains("C2Compiler") || f.contains("Compilation::")) {
                return "JIT";
            }
            if (f.contains("VMThread") || f.contains("GCTaskThread") || f.contains("GangWorker")
                    || f.contains("CollectedHeap") || f.contains("ConcurrentGCThread") || f.contains("G1")) {
                return "GC/VM";
            }
        }
        return "other";
    }

    /** {@code org/imstb/scscf/registrar/Registrar.due} → {@code Registrar.due}. */
    private static String shortName(String frame) {
        int slash = frame.lastIndexOf('/');
        return slash < 0 ? frame : frame.substring(slash + 1);
    }

    private static Map<String, Long> sorted(Map<String, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
