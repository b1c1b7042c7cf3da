package org.imstb.topology.runtime.netns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imstb.topology.runtime.netns.FabricPlan.Shaping;

/**
 * Turns a port's {@link Shaping} into {@code tc -batch} lines for its switch-side interface: a tbf for the rate and,
 * where the kernel has sch_netem, a netem root for delay/loss with the tbf as its child.
 */
final class TcShaping {
    /** tbf queue bound: packets wait at most this long before being dropped. */
    static final String TBF_LATENCY = "100ms";
    private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?)([a-z]*)");
    private static final String DURATION = "\\d+(?:\\.\\d+)?(?:us|ms|s)";
    private static final Pattern DELAY = Pattern.compile(DURATION + "(?: " + DURATION + ")?");
    private static final Pattern LOSS = Pattern.compile("\\d+(?:\\.\\d+)?%");
    private static final Map<String, Double> RATE_UNITS = Map.ofEntries(
            Map.entry("", 1.0), Map.entry("bit", 1.0),
            Map.entry("kbit", 1e3), Map.entry("mbit", 1e6), Map.entry("gbit", 1e9), Map.entry("tbit", 1e12),
            Map.entry("kibit", 1024.0), Map.entry("mibit", 1024.0 * 1024), Map.entry("gibit", 1024.0 * 1024 * 1024),
            Map.entry("bps", 8.0), Map.entry("kbps", 8e3), Map.entry("mbps", 8e6), Map.entry("gbps", 8e9));

    private TcShaping() {
    }

    /** Checks the values' syntax (they end up as batch arguments); {@code where} names the port in messages. */
    static void validate(Shaping s, String where) {
        if (s == null) {
            return;
        }
        if (s.rate() != null) {
            bitsPerSecond(s.rate(), where);
        }
        if (s.delay() != null && !DELAY.matcher(s.delay()).matches()) {
            throw new IllegalArgumentException(where + ": bad delay '" + s.delay() + "' (like 20ms or '20ms 5ms')");
        }
        if (s.loss() != null && !LOSS.matcher(s.loss()).matches()) {
            throw new IllegalArgumentException(where + ": bad loss '" + s.loss() + "' (like 0.5%)");
        }
    }

    static boolean wantsNetem(Shaping s) {
        return s != null && (s.delay() != null || s.loss() != null);
    }

    static boolean isEmpty(Shaping s) {
        return s == null || (s.rate() == null && !wantsNetem(s));
    }

    /** The tc lines for interface {@code dev}; with {@code netem} false, delay and loss are left out. */
    static List<String> lines(String dev, Shaping s, boolean netem) {
        List<String> lines = new ArrayList<>();
        if (isEmpty(s)) {
            return lines;
        }
        String tbfParent = "root";
        if (netem && wantsNetem(s)) {
            StringBuilder line = new StringBuilder("qdisc add dev " + dev + " root handle 1: netem");
            if (s.delay() != null) {
                line.append(" delay ").append(s.delay());
            }
            if (s.loss() != null) {
                line.append(" loss ").append(s.loss());
            }
            lines.add(line.toString());
            tbfParent = "parent 1:1";
        }
        if (s.rate() != null) {
            long bps = bitsPerSecond(s.rate(), dev);
            lines.add("qdisc add dev " + dev + " " + tbfParent + " handle 10: tbf rate "
                    + s.rate().toLowerCase(Locale.ROOT) + " burst " + burstBytes(bps) + " latency " + TBF_LATENCY);
        }
        return lines;
    }

    /** Parses a tc rate ("10mbit", "512kbit", "1gbit", "100kbps" = bytes/s, bare number = bit/s). */
    static long bitsPerSecond(String rate, String where) {
        Matcher m = RATE.matcher(rate.toLowerCase(Locale.ROOT));
        Double unit = m.matches() ? RATE_UNITS.get(m.group(2)) : null;
        if (unit == null) {
            throw new IllegalArgumentException(where + ": bad rate '" + rate + "' (like 10mbit, 512kbit, 1gbit)");
        }
        long bps = (long) (Double.parseDouble(m.group(1)) * unit);
        if (bps < 8_000) {
            throw new IllegalArgumentException(where + ": rate '" + rate + "' is below 8kbit");
        }
        return bps;
    }

    /** Bucket size: 10 ms worth of the rate, at least two full-size Ethernet frames. */
    static long burstBytes(long bitsPerSecond) {
        return Math.max(bitsPerSecond / 8 / 100, 2 * 1514);
    }
}
