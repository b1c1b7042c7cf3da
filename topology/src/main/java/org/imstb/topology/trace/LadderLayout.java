package org.imstb.topology.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the lifelines of a ladder go, for text (units: characters) and SVG (units: pixels) alike: every neighbouring
 * pair of columns at least far enough apart for their names, then widened until every arrow's label fits between
 * its two lifelines — shortest arrows first, extra room spread evenly over the gaps an arrow spans.
 */
final class LadderLayout {
    private LadderLayout() {
    }

    /** An arrow between columns {@code from} and {@code to} whose label is {@code width} wide. */
    record Span(int from, int to, double width) {
    }

    /**
     * Lifeline positions, the first at {@code nameWidths[0] / 2}.
     *
     * @param nameWidths width of each column's name
     * @param spans      the arrows
     * @param pad        room left on each side of a label, and between two names
     * @param minGap     the least distance between two lifelines
     */
    static double[] positions(double[] nameWidths, List<Span> spans, double pad, double minGap) {
        int n = nameWidths.length;
        if (n == 0) {
            return new double[0];
        }
        double[] gap = new double[Math.max(0, n - 1)];
        for (int i = 0; i < gap.length; i++) {
            gap[i] = Math.max(minGap, (nameWidths[i] + nameWidths[i + 1]) / 2 + pad);
        }
        Map<Long, Double> widest = new HashMap<>();
        for (Span s : spans) {
            int lo = Math.min(s.from(), s.to());
            int hi = Math.max(s.from(), s.to());
            if (lo != hi) {
                widest.merge(((long) lo << 32) | hi, s.width(), Math::max);
            }
        }
        List<Map.Entry<Long, Double>> sorted = new ArrayList<>(widest.entrySet());
        sorted.sort(Comparator.<Map.Entry<Long, Double>>comparingLong(
                e -> (e.getKey() & 0xffffffffL) - (e.getKey() >>> 32))
                .thenComparingLong(Map.Entry::getKey));
        for (Map.Entry<Long, Double> e : sorted) {
            int lo = (int) (e.getKey() >>> 32);
            int hi = (int) (e.getKey() & 0xffffffffL);
            double need = e.getValue() + 2 * pad;
            double have = 0;
            for (int i = lo; i < hi; i++) {
                have += gap[i];
            }
            if (have < need) {
                double extra = (need - have) / (hi - lo);
                for (int i = lo; i < hi; i++) {
                    gap[i] += extra;
                }
            }
        }
        double[] x = new double[n];
        x[0] = nameWidths[0] / 2;
        for (int i = 1; i < n; i++) {
            x[i] = x[i - 1] + gap[i - 1];
        }
        return x;
    }
}
