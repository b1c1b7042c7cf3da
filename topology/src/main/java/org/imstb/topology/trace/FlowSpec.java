package org.imstb.topology.trace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An expected message flow in a compact text form, one message per line:
 *
 * <pre>
 * # TS 24.228 registration (comments start with #)
 * ue1    -> pcscf1 REGISTER
 * icscf1 -> hss1   UAR
 * hss1   -> icscf1 UAA 2001          # command and result code
 * pcscf1 -> ue1    401               # a status code; "401 REGISTER", "4xx" work too
 * ?pcscf1 -> ue1   100               # optional line
 * *      -> hss1   *                 # any sender, any message
 * unordered {                        # these lines in any order
 *   pcscf1 -> ue1    200
 *   pcscf1 -> scscf1 SUBSCRIBE
 * }
 * </pre>
 *
 * A line is {@code [?]FROM -> TO LABEL}. FROM and TO are node names (UEs as named in lab.json, e.g. {@code ue1}),
 * {@code *}, or globs such as {@code pcscf*}. LABEL's first word must be the message's method, status code (or class
 * such as {@code 2xx}) or Diameter command, or {@code *}; any further words must each appear among the message's
 * details: for a response its reason words and CSeq method, for a Diameter answer its result code and name
 * ({@code 2001}, {@code DIAMETER_FIRST_REGISTRATION} or {@code FIRST_REGISTRATION}). Case does not matter.
 *
 * <p>Directives, each on its own line: {@code strict} — the trace must be exactly the flow, with no other messages
 * before, between or after (default: the flow must be an ordered subsequence of the trace and other messages are
 * ignored); {@code retransmissions} — count retransmitted copies as messages (by default they are left out);
 * {@code ignore WORD...} — leave out messages whose label starts with one of the words (e.g.
 * {@code ignore DWR DWA}).
 */
public final class FlowSpec {
    private static final Pattern LINE = Pattern.compile("(\\?)?\\s*(\\S+)\\s*->\\s*(\\S+)\\s+(.+)");

    private final String name;
    private final List<Step> steps;
    private final boolean strict;
    private final boolean retransmissions;
    private final Set<String> ignore;

    private FlowSpec(String name, List<Step> steps, boolean strict, boolean retransmissions, Set<String> ignore) {
        this.name = name;
        this.steps = List.copyOf(steps);
        this.strict = strict;
        this.retransmissions = retransmissions;
        this.ignore = Set.copyOf(ignore);
    }

    /**
     * One expected message.
     *
     * @param lineNo   its line in the flow text (1-based)
     * @param text     the line as written, comment removed
     * @param from     sender pattern
     * @param to       receiver pattern
     * @param label    label words
     * @param optional the line started with {@code ?}
     */
    public record Line(int lineNo, String text, String from, String to, List<String> label, boolean optional) {
        /** True if {@code m} is this message. */
        public boolean matches(TraceMessage m) {
            return node(from, m.from()) && node(to, m.to()) && label(m.tokens());
        }

        private static boolean node(String pattern, String name) {
            if (pattern.equals("*")) {
                return true;
            }
            if (pattern.indexOf('*') < 0) {
                return pattern.equalsIgnoreCase(name);
            }
            StringBuilder re = new StringBuilder();
            for (String part : pattern.split("\\*", -1)) {
                re.append(re.length() == 0 && !pattern.startsWith("*") ? "" : ".*").append(Pattern.quote(part));
            }
            return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE).matcher(name).matches();
        }

        private boolean label(List<String> tokens) {
            if (tokens.isEmpty()) {
                return label.get(0).equals("*");
            }
            String head = label.get(0);
            String actual = tokens.get(0);
            boolean headOk = head.equals("*") || head.equalsIgnoreCase(actual)
                    || (head.length() == 3 && head.substring(1).equalsIgnoreCase("xx") && actual.length() == 3
                    && actual.charAt(0) == head.charAt(0) && actual.chars().allMatch(Character::isDigit));
            if (!headOk) {
                return false;
            }
            for (String want : label.subList(1, label.size())) {
                if (!want.equals("*") && tokens.stream().skip(1).noneMatch(want::equalsIgnoreCase)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Lines matched in order, or (unordered) in any order. */
    record Step(List<Line> lines, boolean unordered) {
    }

    /** Parses a flow; {@code name} names it in error messages and reports. */
    public static FlowSpec parse(String name, String text) {
        List<Step> steps = new ArrayList<>();
        boolean strict = false;
        boolean retransmissions = false;
        Set<String> ignore = new LinkedHashSet<>();
        List<Line> group = null;
        int groupStart = 0;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int no = i + 1;
            String line = lines[i];
            int hash = line.indexOf('#');
            String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (s.isEmpty()) {
                continue;
            }
            String lower = s.toLowerCase(Locale.ROOT);
            if (lower.equals("strict")) {
                strict = true;
            } else if (lower.equals("subsequence")) {
                strict = false;
            } else if (lower.equals("retransmissions")) {
                retransmissions = true;
            } else if (lower.startsWith("ignore ")) {
                for (String w : s.substring(7).strip().split("\\s+")) {
                    ignore.add(w.toUpperCase(Locale.ROOT));
                }
            } else if (lower.matches("unordered\\s*\\{")) {
                if (group != null) {
                    throw error(name, no, "unordered groups do not nest");
                }
                group = new ArrayList<>();
                groupStart = no;
            } else if (s.equals("}")) {
                if (group == null) {
                    throw error(name, no, "'}' without 'unordered {'");
                }
                if (group.isEmpty()) {
                    throw error(name, no, "empty unordered group");
                }
                if (group.size() > 16) {
                    throw error(name, groupStart, "an unordered group holds at most 16 lines");
                }
                steps.add(new Step(group, true));
                group = null;
            } else {
                Line l = line(name, no, s);
                if (group != null) {
                    group.add(l);
                } else {
                    steps.add(new Step(List.of(l), false));
                }
            }
        }
        if (group != null) {
            throw error(name, groupStart, "'unordered {' is never closed");
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException(name + ": no message lines");
        }
        return new FlowSpec(name, steps, strict, retransmissions, ignore);
    }

    private static Line line(String name, int no, String s) {
        var m = LINE.matcher(s);
        if (!m.matches()) {
            throw error(name, no, "expected '[?]FROM -> TO LABEL' (e.g. 'ue1 -> pcscf1 REGISTER'), got '" + s + "'");
        }
        List<String> label = List.of(m.group(4).strip().split("\\s+"));
        String text = (m.group(1) != null ? "?" : "") + m.group(2) + " -> " + m.group(3) + " "
                + String.join(" ", label);
        return new Line(no, text, m.group(2), m.group(3), label, m.group(1) != null);
    }

    private static IllegalArgumentException error(String name, int line, String what) {
        return new IllegalArgumentException(name + ":" + line + ": " + what);
    }

    /** Reads a flow file. */
    public static FlowSpec load(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** A flow shipped with imstb ({@code registration}), from {@code org/imstb/topology/trace/flows/NAME.flow}. */
    public static FlowSpec builtIn(String name) {
        String file = name.endsWith(".flow") ? name : name + ".flow";
        try (InputStream in = FlowSpec.class.getResourceAsStream("flows/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no built-in flow '" + name + "' (built-in: " + BUILT_IN + ")");
            }
            return parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names {@link #builtIn} knows. */
    public static final List<String> BUILT_IN = List.of("registration", "call-preconditions");

    /** The same flow, strict or not. */
    public FlowSpec strict(boolean on) {
        return new FlowSpec(name, steps, on, retransmissions, ignore);
    }

    public String name() {
        return name;
    }

    public boolean strict() {
        return strict;
    }

    /** True if retransmitted copies count as messages. */
    public boolean retransmissions() {
        return retransmissions;
    }

    /** Label heads of messages left out before matching. */
    public Set<String> ignore() {
        return ignore;
    }

    /** Every message line, in file order. */
    public List<Line> lines() {
        return steps.stream().flatMap(s -> s.lines().stream()).toList();
    }

    List<Step> steps() {
        return steps;
    }
}
