package org.imstb.common.trace;

import java.time.Instant;

/** The clock of trace records: wall-clock time in nanoseconds since the epoch, at the best precision the JDK gives. */
public final class TraceClock {
    private TraceClock() {
    }

    /** Now, in nanoseconds since the epoch. */
    public static long nowNs() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
