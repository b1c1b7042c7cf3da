package org.imstb.topology.trace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares a recorded trace with an expected flow ({@link FlowSpec}) and reports the first difference.
 *
 * <p>Before matching, retransmissions (unless the flow says {@code retransmissions}) and messages with an
 * {@code ignore}d label are left out. The flow then matches if its lines can be assigned to messages in order (an
 * unordered group's lines in any order among themselves), optional lines possibly to none; by default other messages
 * may come between (an ordered subsequence), in {@code strict} mode none may. The search tries every assignment, so
 * an optional line or a repeated message never leads it astray; of the assignments it finds the earliest.
 *
 * <p>On failure the report names the first flow line that no assignment gets past — the furthest any assignment
 * gets, at the earliest message — and shows the trace there: the last message matched and the messages after it,
 * in strict mode the one found instead, and later messages that have the expected label or go between the expected
 * nodes.
 */
public final class FlowAssertion {
    private static final int CONTEXT = 4;

    private FlowAssertion() {
    }

    /** Checks {@code messages} (usually a filtered trace) against {@code spec}. */
    public static FlowResult check(FlowSpec spec, List<TraceMessage> messages) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            TraceMessage m = messages.get(i);
            if ((m.retransmission() && !spec.retransmissions())
                    || (!m.tokens().isEmpty() && spec.ignore().contains(m.tokens().get(0).toUpperCase(Locale.ROOT)))) {
                continue;
            }
            kept.add(i);
        }
        return new Search(spec, messages, kept).run();
    }

    /** Depth-first search over (step, lines of the step done, next message); states visited once. */
    private static final class Search {
        private final FlowSpec spec;
        private final List<TraceMessage> all;
        private final List<Integer> kept;
        private final List<FlowSpec.Step> steps;
        private final int[] linesBefore;
        private final Map<Long, long[]> parent = new HashMap<>();
        private long best = -1;
        private int bestProgress = -1;

        Search(FlowSpec spec, List<TraceMessage> all, List<Integer> kept) {
            this.spec = spec;
            this.all = all;
            this.kept = kept;
            this.steps = spec.steps();
            this.linesBefore = new int[steps.size() + 1];
            for (int s = 0; s < steps.size(); s++) {
                linesBefore[s + 1] = linesBefore[s] + steps.get(s).lines().size();
            }
        }

        private static long state(int step, int mask, int j) {
            return ((long) step << 48) | ((long) mask << 32) | j;
        }

        private static int step(long st) {
            return (int) (st >>> 48);
        }

        private static int mask(long st) {
            return (int) ((st >>> 32) & 0xffff);
        }

        private static int next(long st) {
            return (int) (st & 0xffffffffL);
        }

        FlowResult run() {
            Deque<Long> stack = new ArrayDeque<>();
            long start = state(0, 0, 0);
            parent.put(start, new long[] {-1, -1, -1});
            stack.push(start);
            while (!stack.isEmpty()) {
                long st = stack.pop();
                int s = step(st);
                int mask = mask(st);
                int j = next(st);
                note(st);
                if (s == steps.size()) {
                    if (!spec.strict() || j == kept.size()) {
                        return success(st);
                    }
                    continue;
                }
                // pushed in reverse order of preference: match a message first, then skip a line, then skip a message
                List<long[]> moves = new ArrayList<>();
                FlowSpec.Step step = steps.get(s);
                if (done(step, mask)) {
                    moves.add(new long[] {state(s + 1, 0, j), -1, -1});
                }
                for (int l = 0; l < step.lines().size(); l++) {
                    if ((mask & (1 << l)) != 0) {
                        continue;
                    }
                    FlowSpec.Line line = step.lines().get(l);
                    if (j < kept.size() && line.matches(all.get(kept.get(j)))) {
                        moves.add(new long[] {state(s, mask | (1 << l), j + 1), l, j});
                    }
                    if (!step.unordered()) {
                        break;
                    }
                }
                for (int l = 0; l < step.lines().size(); l++) {
                    if ((mask & (1 << l)) == 0 && step.lines().get(l).optional()) {
                        moves.add(new long[] {state(s, mask | (1 << l), j), -1, -1});
                        if (!step.unordered()) {
                            break;
                        }
                    }
                }
                if (!spec.strict() && j < kept.size()) {
                    moves.add(new long[] {state(s, mask, j + 1), -1, -1});
                }
                for (int k = moves.size() - 1; k >= 0; k--) {
                    long[] mv = moves.get(k);
                    if (!parent.containsKey(mv[0])) {
                        parent.put(mv[0], new long[] {st, mv[1], mv[2]});
                        stack.push(mv[0]);
                    }
                }
            }
            return failure();
        }

        private static boolean done(FlowSpec.Step step, int mask) {
            for (int l = 0; l < step.lines().size(); l++) {
                if ((mask & (1 << l)) == 0 && !step.lines().get(l).optional()) {
                    return false;
                }
            }
            return true;
        }

        /** The furthest state: most lines done, then earliest message. */
        private void note(long st) {
            int s = step(st);
            int progress = linesBefore[s] + Integer.bitCount(mask(st));
            if (progress > bestProgress || (progress == bestProgress && next(st) < next(best))) {
                bestProgress = progress;
                best = st;
            }
        }

        private FlowResult success(long end) {
            int[] matched = new int[linesBefore[steps.size()]];
            for (long st = end; parent.get(st)[0] >= 0; st = parent.get(st)[0]) {
                long[] p = parent.get(st);
                if (p[1] >= 0) {
                    matched[linesBefore[step(p[0])] + (int) p[1]] = kept.get((int) p[2]) + 1;
                }
            }
            int lines = matched.length;
            return new FlowResult(true, "flow " + spec.name() + " matches: " + lines + " line(s) against "
                    + all.size() + " message(s)" + (spec.strict() ? " (strict)" : ""),
                    Arrays.stream(matched).boxed().toList());
        }

        private FlowResult failure() {
            int s = step(best);
            int mask = mask(best);
            int j = next(best);
            while (s < steps.size() && mask == (1 << steps.get(s).lines().size()) - 1) {
                s++;
                mask = 0;
            }
            StringBuilder r = new StringBuilder();
            r.append("flow ").append(spec.name()).append(" does not match the trace").append(spec.strict()
                    ? " (strict)" : "").append(": ").append(bestProgress).append(" of ")
                    .append(linesBefore[steps.size()]).append(" line(s) matched\n");
            List<FlowSpec.Line> expected = new ArrayList<>();
            if (s < steps.size()) {
                FlowSpec.Step step = steps.get(s);
                for (int l = 0; l < step.lines().size(); l++) {
                    if ((mask & (1 << l)) == 0) {
                        expected.add(step.lines().get(l));
                        if (!step.unordered()) {
                            break;
                        }
                    }
                }
            }
            if (expected.isEmpty()) {
                r.append("  expected the end of the trace after flow line ")
                        .append(spec.lines().get(spec.lines().size() - 1).lineNo()).append('\n');
            } else if (expected.size() == 1) {
                r.append("  expected line ").append(expected.get(0).lineNo()).append(": ").append(expected.get(0))
                        .append('\n');
            } else {
                r.append("  expected one of (unordered):\n");
                for (FlowSpec.Line l : expected) {
                    r.append("    line ").append(l.lineNo()).append(": ").append(l).append('\n');
                }
            }
            long[] last = lastMatch(best);
            if (last == null) {
                r.append("  at the start of the trace (no line matched yet)\n");
            } else {
                r.append("  after ").append(describe(kept.get((int) last[1]))).append("  (line ")
                        .append(spec.lines().get((int) last[0]).lineNo()).append(")\n");
            }
            if (j >= kept.size()) {
                r.append("  but the trace ends there").append(kept.isEmpty() ? " (no messages)" : "").append('\n');
            } else {
                r.append(spec.strict() ? "  found instead:\n" : "  the trace goes on with:\n");
                for (int k = j; k < Math.min(kept.size(), j + (spec.strict() ? 1 : CONTEXT)); k++) {
                    r.append("    ").append(describe(kept.get(k))).append('\n');
                }
                if (!spec.strict() && kept.size() > j + CONTEXT) {
                    r.append("    ... (").append(kept.size() - j - CONTEXT).append(" more)\n");
                }
            }
            for (FlowSpec.Line l : expected) {
                hints(r, l, j);
            }
            return new FlowResult(false, r.toString().stripTrailing(), List.of());
        }

        /** Later messages with the expected label, or between the expected nodes. */
        private void hints(StringBuilder r, FlowSpec.Line l, int from) {
            boolean any = false;
            for (int k = from; k < kept.size() && !any; k++) {
                TraceMessage m = all.get(kept.get(k));
                FlowSpec.Line sameLabel = new FlowSpec.Line(0, "", "*", "*", l.label(), false);
                if (sameLabel.matches(m)) {
                    r.append("  closest with that label: ").append(describe(kept.get(k))).append('\n');
                    any = true;
                }
            }
            for (int k = from; k < kept.size(); k++) {
                TraceMessage m = all.get(kept.get(k));
                FlowSpec.Line sameNodes = new FlowSpec.Line(0, "", l.from(), l.to(), List.of("*"), false);
                if (sameNodes.matches(m)) {
                    r.append("  closest between those nodes: ").append(describe(kept.get(k))).append('\n');
                    return;
                }
            }
        }

        /** {line index in lines(), kept index} of the last matched message on the way to {@code st}, or null. */
        private long[] lastMatch(long st) {
            for (long cur = st; parent.get(cur)[0] >= 0; cur = parent.get(cur)[0]) {
                long[] p = parent.get(cur);
                if (p[1] >= 0) {
                    return new long[] {linesBefore[step(p[0])] + p[1], p[2]};
                }
            }
            return null;
        }

        private String describe(int index) {
            TraceMessage m = all.get(index);
            long t0 = all.get(0).timeNs();
            return String.format(Locale.ROOT, "#%d +%.3f ms %s -> %s %s", index + 1, (m.timeNs() - t0) / 1e6,
                    m.from(), m.to(), m.ladderLabel());
        }
    }
}
