package org.imstb.topology.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/** Request latencies in nanoseconds, kept whole (bounded) so that percentiles are exact. */
final class LatencyRecorder {
    private final long[] samples;
    private final AtomicInteger count = new AtomicInteger();

    LatencyRecorder(int capacity) {
        samples = new long[capacity];
    }

    void record(long nanos) {
        int i = count.getAndIncrement();
        if (i < samples.length) {
            samples[i] = nanos;
        }
    }

    int count() {
        return Math.min(count.get(), samples.length);
    }

    /** The p-th percentile (0..100) in microseconds. */
    double percentileMicros(double p) {
        int n = count();
        if (n == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, n);
        Arrays.sort(sorted);
        int idx = (int) Math.min(n - 1, Math.ceil(p / 100.0 * n) - 1);
        return sorted[Math.max(0, idx)] / 1000.0;
    }
}
