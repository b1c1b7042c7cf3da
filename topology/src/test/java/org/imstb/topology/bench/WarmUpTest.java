package org.imstb.topology.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Warm-up rounds run until the compilers' share of CPU in a round falls under the threshold. */
class WarmUpTest {
    private final ByteArrayOutputStream text = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(text, true, StandardCharsets.UTF_8);

    /** Cumulative samples: (total ms, compiler ms) after each round, the first before any. */
    private static WarmUp.Sampler samples(long[]... cumulative) {
        Iterator<long[]> it = List.of(cumulative).iterator();
        return () -> {
            long[] s = it.next();
            return new WarmUp.Sample(Duration.ofMillis(s[0]), Duration.ofMillis(s[1]));
        };
    }

    @Test
    void stopsAtTheFirstQuietRound() throws Exception {
        // rounds: 40 %, 20 %, 4 % of the CPU in the compilers
        WarmUp w = new WarmUp(samples(new long[] {0, 0}, new long[] {1000, 400}, new long[] {2000, 600},
                new long[] {3000, 640}, new long[] {4000, 640}), 0.05, Duration.ofMinutes(5));
        int[] ran = {0};
        assertEquals(3, w.run(log -> ++ran[0] > 0, out));
        assertEquals(3, ran[0]);
        String printed = text.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("40 %") && printed.contains("20 %") && printed.contains("4 %"), printed);
        assertTrue(printed.contains("quiet"), printed);
    }

    @Test
    void stopsWhenTheLoadRunsOutAndSaysTheCompilersWereBusy() throws Exception {
        WarmUp w = new WarmUp(samples(new long[] {0, 0}, new long[] {1000, 500}, new long[] {2000, 900}), 0.05,
                Duration.ofMinutes(5));
        int[] left = {2};
        assertEquals(2, w.run(log -> --left[0] > 0, out));
        assertTrue(text.toString(StandardCharsets.UTF_8).contains("still busy (no load left)"));
    }

    @Test
    void stopsAtTheTimeLimit() throws Exception {
        WarmUp w = new WarmUp(samples(new long[] {0, 0}, new long[] {1000, 500}), 0.05, Duration.ZERO);
        assertEquals(1, w.run(log -> true, out));
        assertTrue(text.toString(StandardCharsets.UTF_8).contains("still busy (time limit)"));
    }

    @Test
    void shareIsTheCompilersPartOfTheRound() {
        WarmUp.Sample a = new WarmUp.Sample(Duration.ofMillis(1000), Duration.ofMillis(100));
        WarmUp.Sample b = new WarmUp.Sample(Duration.ofMillis(3000), Duration.ofMillis(600));
        assertEquals(0.25, WarmUp.share(a, b), 1e-9);
        assertEquals(0, WarmUp.share(a, a));
    }
}
