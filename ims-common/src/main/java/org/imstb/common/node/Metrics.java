package org.imstb.common.node;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.DoubleSupplier;

/**
 * A node's metrics, written in the Prometheus text exposition format on {@code /metrics}. Counters are keyed by
 * name and label set (e.g. {@code imstb_diameter_requests_total{command="UAR",result="2001"}}).
 */
public final class Metrics {
    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();
    private final Map<String, DoubleSupplier> gauges = new ConcurrentHashMap<>();
    private final Map<String, String> help = new ConcurrentHashMap<>();

    /** Increments counter {@code name} with labels given as alternating key, value. */
    public void increment(String name, String... labels) {
        counters.computeIfAbsent(key(name, labels), k -> new LongAdder()).increment();
    }

    /** Current value of a counter (0 if never incremented). */
    public long counter(String name, String... labels) {
        LongAdder a = counters.get(key(name, labels));
        return a == null ? 0 : a.sum();
    }

    /** Registers a gauge read at scrape time. */
    public void gauge(String name, String description, DoubleSupplier value) {
        gauges.put(name, value);
        help.put(name, description);
    }

    /** Sets the HELP text of a counter family. */
    public void describe(String name, String description) {
        help.put(name, description);
    }

    static String key(String name, String... labels) {
        if (labels.length == 0) {
            return name;
        }
        if (labels.length % 2 != 0) {
            throw new IllegalArgumentException("labels come in key, value pairs");
        }
        StringBuilder sb = new StringBuilder(name).append('{');
        for (int i = 0; i < labels.length; i += 2) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(labels[i]).append("=\"").append(escape(labels[i + 1])).append('"');
        }
        return sb.append('}').toString();
    }

    private static String escape(String v) {
        return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    /** The Prometheus text exposition of all metrics. */
    public String scrape() {
        StringBuilder sb = new StringBuilder();
        Map<String, Map<String, Long>> families = new TreeMap<>();
        counters.forEach((k, v) -> {
            int brace = k.indexOf('{');
            String family = brace < 0 ? k : k.substring(0, brace);
            families.computeIfAbsent(family, f -> new TreeMap<>()).put(k, v.sum());
        });
        families.forEach((family, series) -> {
            sb.append("# HELP ").append(family).append(' ').append(help.getOrDefault(family, family)).append('\n');
            sb.append("# TYPE ").append(family).append(" counter\n");
            series.forEach((k, v) -> sb.append(k).append(' ').append(v).append('\n'));
        });
        new TreeMap<>(gauges).forEach((name, supplier) -> {
            sb.append("# HELP ").append(name).append(' ').append(help.getOrDefault(name, name)).append('\n');
            sb.append("# TYPE ").append(name).append(" gauge\n");
            sb.append(name).append(' ').append(supplier.getAsDouble()).append('\n');
        });
        return sb.toString();
    }
}
