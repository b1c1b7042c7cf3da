package org.imstb.topology.trace;

import java.util.List;

/**
 * The outcome of comparing a trace with a {@link FlowSpec}.
 *
 * @param matches true if the trace follows the flow
 * @param report  on failure the first difference (which flow line was expected, what the trace has there); on
 *                success a one-line summary
 * @param matched on success, for each flow line ({@link FlowSpec#lines()} order) the number (1-based, in the
 *                messages given to {@link FlowAssertion#check}) of the message it matched, or 0 for an optional line
 *                that matched nothing; empty on failure
 */
public record FlowResult(boolean matches, String report, List<Integer> matched) {
    /** Throws an {@link AssertionError} with the report unless the trace matched. */
    public void assertMatches() {
        if (!matches) {
            throw new AssertionError(report);
        }
    }

    @Override
    public String toString() {
        return report;
    }
}
