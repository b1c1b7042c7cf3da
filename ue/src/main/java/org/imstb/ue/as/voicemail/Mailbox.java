package org.imstb.ue.as.voicemail;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The messages the voicemail service keeps, per served user, in memory: at most {@code max} per user, the oldest
 * dropped first. Thread-safe.
 */
public final class Mailbox {
    /** One stored MESSAGE: who sent it (asserted identity, else From), its body type and text, when it came. */
    public record Message(String from, String contentType, String text, long receivedAt) {
    }

    private final int max;
    private final Map<String, Deque<Message>> byUser = new HashMap<>();
    private int total;

    public Mailbox(int max) {
        this.max = max;
    }

    /** Stores {@code m} for {@code user}; returns how many that user now has. */
    public synchronized int add(String user, Message m) {
        Deque<Message> q = byUser.computeIfAbsent(user, u -> new ArrayDeque<>());
        q.addLast(m);
        total++;
        if (q.size() > max) {
            q.removeFirst();
            total--;
        }
        return q.size();
    }

    /** The messages of {@code user}, oldest first. */
    public synchronized List<Message> messages(String user) {
        Deque<Message> q = byUser.get(user);
        return q == null ? List.of() : List.copyOf(q);
    }

    /** Messages kept for {@code user}. */
    public synchronized int count(String user) {
        Deque<Message> q = byUser.get(user);
        return q == null ? 0 : q.size();
    }

    /** Messages kept for all users. */
    public synchronized int count() {
        return total;
    }

    /** Message count per user, by user. */
    public synchronized Map<String, Integer> counts() {
        Map<String, Integer> out = new TreeMap<>();
        byUser.forEach((u, q) -> out.put(u, q.size()));
        return out;
    }
}
