package org.imstb.topology.trace;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imstb.common.trace.Protocol;

/**
 * Which messages of a trace to show. All given criteria must hold.
 *
 * <ul>
 * <li>Call-ID: the SIP messages with that Call-ID, plus the Diameter messages about the same users (identities of
 * those SIP messages) sent while the call's messages flowed — so a REGISTER's Call-ID also shows its UAR, MAR and
 * SAR.</li>
 * <li>user: messages naming the user in the Request-URI, From, To, P-Asserted-Identity, P-Associated-URI or
 * Authorization username, or in Diameter User-Name / Public-Identity (an answer counts as naming the users of its
 * request); as a whole URI ({@code sip:alice@domain1.test},
 * {@code tel:+15551001}), as {@code alice@domain1.test} (also an IMPI) or as the user part ({@code alice}).</li>
 * <li>nodes: messages sent or received by one of them.</li>
 * <li>since / until: an ISO-8601 instant ({@code 2025-01-31T10:00:00.5Z}) or a duration after the trace's first
 * message ({@code 1.5s}, {@code 200ms}, {@code 2m}, {@code PT1S}); both inclusive.</li>
 * </ul>
 *
 * @param callId SIP Call-ID, or null
 * @param user   a user as above, or null
 * @param nodes  node names (empty: any)
 * @param since  start of the window, or null
 * @param until  end of the window, or null
 */
public record TraceFilter(String callId, String user, Set<String> nodes, String since, String until) {
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ns|us|ms|s|m|h)");

    /** Keeps everything. */
    public static final TraceFilter ALL = new TraceFilter(null, null, Set.of(), null, null);

    public TraceFilter {
        nodes = nodes == null ? Set.of() : Set.copyOf(nodes);
        if (since != null) {
            time(since, 0);
        }
        if (until != null) {
            time(until, 0);
        }
    }

    /** The messages kept, in order; {@code all} is the whole trace (its first message is time zero). */
    public List<TraceMessage> apply(List<TraceMessage> all) {
        if (all.isEmpty()) {
            return all;
        }
        long t0 = all.get(0).timeNs();
        long from = since == null ? Long.MIN_VALUE : time(since, t0);
        long to = until == null ? Long.MAX_VALUE : time(until, t0);
        Set<String> callUsers = new HashSet<>();
        long callStart = Long.MAX_VALUE;
        long callEnd = Long.MIN_VALUE;
        if (callId != null) {
            for (TraceMessage m : all) {
                if (callId.equals(m.callId())) {
                    callUsers.addAll(m.identities());
                    callStart = Math.min(callStart, m.timeNs());
                    callEnd = Math.max(callEnd, m.timeNs());
                }
            }
        }
        List<TraceMessage> out = new ArrayList<>();
        for (TraceMessage m : all) {
            if (m.timeNs() < from || m.timeNs() > to) {
                continue;
            }
            if (!nodes.isEmpty() && !nodes.contains(m.from()) && !nodes.contains(m.to())) {
                continue;
            }
            if (user != null && !m.namesUser(user)) {
                continue;
            }
            if (callId != null && !inCall(m, callUsers, callStart, callEnd)) {
                continue;
            }
            out.add(m);
        }
        return out;
    }

    private boolean inCall(TraceMessage m, Set<String> users, long start, long end) {
        if (m.protocol() == Protocol.SIP) {
            return callId.equals(m.callId());
        }
        if (m.timeNs() < start || m.timeNs() > end) {
            return false;
        }
        for (String id : m.identities()) {
            for (String u : users) {
                if (MessageInfo.namesUser(Set.of(u), id) || MessageInfo.namesUser(Set.of(id), u)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * An instant in ns since the epoch: ISO-8601, or a duration after {@code t0Ns}.
     *
     * @throws IllegalArgumentException naming the accepted forms
     */
    public static long time(String text, long t0Ns) {
        String s = text.strip();
        try {
            Instant i = Instant.parse(s);
            return i.getEpochSecond() * 1_000_000_000L + i.getNano();
        } catch (DateTimeParseException notInstant) {
            // a duration, then
        }
        if (s.toUpperCase(Locale.ROOT).startsWith("PT")) {
            try {
                return t0Ns + Duration.parse(s).toNanos();
            } catch (DateTimeParseException e) {
                throw bad(text);
            }
        }
        Matcher m = DURATION.matcher(s.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw bad(text);
        }
        double unit = switch (m.group(2)) {
            case "ns" -> 1;
            case "us" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            case "m" -> 60e9;
            default -> 3600e9;
        };
        return t0Ns + Math.round(Double.parseDouble(m.group(1)) * unit);
    }

    private static IllegalArgumentException bad(String text) {
        return new IllegalArgumentException("'" + text + "' is neither an ISO-8601 instant (2025-01-31T10:00:00Z) "
                + "nor a duration after the first message (1.5s, 200ms, 2m, PT1S)");
    }
}
