package org.imstb.topology.runtime.netns;

import java.util.List;

/**
 * One process run: a command reading a batch script ({@code ip -batch -} or {@code tc -batch -}) on stdin.
 *
 * @param purpose what it does, for logs and errors
 * @param command the argv
 * @param lines   the script, one command per line
 */
record Batch(String purpose, List<String> command, List<String> lines) {

    Batch {
        command = List.copyOf(command);
        lines = List.copyOf(lines);
    }

    String script() {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    /** Line {@code n} (1-based) of the script, or null. */
    String line(int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : null;
    }
}
