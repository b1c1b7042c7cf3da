package org.imstb.topology.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's nodes run the topology's JVM options with both JIT tiers. */
class CallBenchmarkTest {
    @Test
    void dropsOnlyTheC1OnlyOption() {
        assertEquals(List.of("-XX:+UseSerialGC", "-Xss512k", "-Xmx128m"), CallBenchmark.steadyState(
                List.of("-XX:TieredStopAtLevel=1", " -XX:+UseSerialGC", "-Xss512k", "-Xmx128m")));
    }
}
