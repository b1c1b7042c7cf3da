package org.imstb.topology.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A sequence diagram for terminals: one column per node (see {@link TraceSet#columns}), a header naming the
 * domains, one row per message with an arrow from sender to receiver labelled with the SIP method or status or the
 * Diameter command (and result), and the time since the first shown message, in milliseconds, in the left margin.
 *
 * <pre>
 *               +-------------------------------- domain1.test ---------------------------------+
 *              ue1                 pcscf1                icscf1                scscf1         hss1
 *         ms    |                     |                     |                     |             |
 *      0.000    |-------REGISTER-----&gt;|                     |                     |             |
 *    107.258    |                     |-------REGISTER-----&gt;|                     |             |
 * </pre>
 */
public final class LadderText {
    private static final int MARGIN = 12;
    private static final int PAD = 3;
    private static final int MIN_GAP = 8;

    private LadderText() {
    }

    /** The ladder of {@code messages} over {@code columns}, lines ending in {@code \n}. */
    public static String render(List<NodeInfo> columns, List<TraceMessage> messages) {
        if (messages.isEmpty()) {
            return "(no messages)\n";
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i).name(), i);
        }
        double[] nameWidths = columns.stream().mapToDouble(c -> c.name().length()).toArray();
        List<LadderLayout.Span> spans = new ArrayList<>();
        int selfWidth = 0;
        for (TraceMessage m : messages) {
            int a = index.get(m.from());
            int b = index.get(m.to());
            spans.add(new LadderLayout.Span(a, b, m.ladderLabel().length()));
            if (a == b) {
                selfWidth = Math.max(selfWidth, m.ladderLabel().length() + 4);
            }
        }
        double[] pos = LadderLayout.positions(nameWidths, spans, PAD, MIN_GAP);
        int[] x = Arrays.stream(pos).mapToInt(p -> MARGIN + (int) Math.round(p)).toArray();
        int width = x[x.length - 1] + (int) Math.ceil(nameWidths[nameWidths.length - 1] / 2) + 1 + selfWidth;
        StringBuilder out = new StringBuilder();
        String domains = domainLine(columns, x, width);
        if (!domains.isBlank()) {
            out.append(domains).append('\n');
        }
        out.append(nameLine(columns, x, width)).append('\n');
        out.append(lifelines(x, width, "ms")).append('\n');
        long t0 = messages.get(0).timeNs();
        for (TraceMessage m : messages) {
            char[] row = blank(x, width);
            String time = String.format(Locale.ROOT, "%10.3f", (m.timeNs() - t0) / 1e6);
            time.getChars(0, Math.min(time.length(), MARGIN), row, 0);
            arrow(row, x[index.get(m.from())], x[index.get(m.to())], m.ladderLabel());
            out.append(trim(row)).append('\n');
        }
        out.append(lifelines(x, width, "")).append('\n');
        return out.toString();
    }

    private static void arrow(char[] row, int from, int to, String label) {
        if (from == to) {
            String self = "<-" + label;
            for (int i = 0; i < self.length() && from + 1 + i < row.length; i++) {
                row[from + 1 + i] = self.charAt(i);
            }
            return;
        }
        int lo = Math.min(from, to);
        int hi = Math.max(from, to);
        for (int i = lo + 1; i < hi; i++) {
            row[i] = '-';
        }
        if (from < to) {
            row[hi - 1] = '>';
        } else {
            row[lo + 1] = '<';
        }
        int room = hi - lo - 3;
        int start = lo + 2 + Math.max(0, (room - label.length() + 1) / 2);
        for (int i = 0; i < label.length() && start + i < hi - 1; i++) {
            row[start + i] = label.charAt(i);
        }
    }

    private static String domainLine(List<NodeInfo> columns, int[] x, int width) {
        char[] row = new char[width];
        Arrays.fill(row, ' ');
        int i = 0;
        while (i < columns.size()) {
            String domain = columns.get(i).domain();
            int j = i;
            while (j + 1 < columns.size() && domain != null && domain.equals(columns.get(j + 1).domain())) {
                j++;
            }
            if (domain != null) {
                int from = x[i];
                int to = x[j];
                String text = " " + domain + " ";
                if (to - from + 1 >= text.length() + 4) {
                    for (int k = from; k <= to; k++) {
                        row[k] = '-';
                    }
                    row[from] = '+';
                    row[to] = '+';
                    put(row, from + (to - from + 1 - text.length()) / 2, text);
                } else {
                    put(row, Math.max(0, (from + to) / 2 - domain.length() / 2), domain);
                }
            }
            i = j + 1;
        }
        return trim(row);
    }

    private static String nameLine(List<NodeInfo> columns, int[] x, int width) {
        char[] row = new char[width];
        Arrays.fill(row, ' ');
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i).name();
            put(row, x[i] - name.length() / 2, name);
        }
        return trim(row);
    }

    private static String lifelines(int[] x, int width, String margin) {
        char[] row = blank(x, width);
        put(row, 10 - margin.length(), margin);
        return trim(row);
    }

    private static char[] blank(int[] x, int width) {
        char[] row = new char[width];
        Arrays.fill(row, ' ');
        for (int p : x) {
            row[p] = '|';
        }
        return row;
    }

    private static void put(char[] row, int at, String s) {
        for (int i = 0; i < s.length(); i++) {
            if (at + i >= 0 && at + i < row.length) {
                row[at + i] = s.charAt(i);
            }
        }
    }

    private static String trim(char[] row) {
        int end = row.length;
        while (end > 0 && row[end - 1] == ' ') {
            end--;
        }
        return new String(row, 0, end);
    }
}
