package org.imstb.it;

import java.util.List;
import java.util.function.Predicate;

/** What the ISC scenario tests look for in the lab's traces. */
final class IscTraces {
    private IscTraces() {
    }

    /** A SIP request {@code method} the node received (IN) whose text contains every one of {@code parts}. */
    static Predicate<LabTraces.Traced> received(String node, String method, String... parts) {
        return t -> t.node().equals(node) && t.received() && t.sip() && t.summary().startsWith(method + " ")
                && List.of(parts).stream().allMatch(t.message()::contains);
    }

    /** A SIP request {@code method} the node sent (OUT) whose text contains every one of {@code parts}. */
    static Predicate<LabTraces.Traced> sent(String node, String method, String... parts) {
        return t -> t.node().equals(node) && !t.received() && t.sip() && t.summary().startsWith(method + " ")
                && List.of(parts).stream().allMatch(t.message()::contains);
    }

    /** The first record matching {@code wanted}, or null. */
    static LabTraces.Traced first(List<LabTraces.Traced> records, Predicate<LabTraces.Traced> wanted) {
        return records.stream().filter(wanted).findFirst().orElse(null);
    }

    static String dump(List<LabTraces.Traced> records) {
        StringBuilder b = new StringBuilder();
        for (LabTraces.Traced t : records) {
            b.append(t.node()).append(' ').append(t.direction()).append(' ').append(t.summary()).append('\n');
        }
        return b.toString();
    }
}
