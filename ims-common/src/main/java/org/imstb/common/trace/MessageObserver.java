package org.imstb.common.trace;

/**
 * Receives every SIP and Diameter message a node sends or receives. Implementations must be fast and must not
 * throw: they are called on protocol threads.
 */
@FunctionalInterface
public interface MessageObserver {
    /** An observer that records nothing. */
    MessageObserver NONE = r -> { };

    void record(TraceRecord record);

    /** Both this and {@code other} see each record. */
    default MessageObserver and(MessageObserver other) {
        return r -> {
            record(r);
            other.record(r);
        };
    }
}
