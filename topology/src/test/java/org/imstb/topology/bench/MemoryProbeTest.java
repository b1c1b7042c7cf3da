package org.imstb.topology.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The heap in use, read from jcmd GC.heap_info as each collector prints it. */
class MemoryProbeTest {
    @Test
    void g1PrintsOneHeapLine() {
        assertEquals(Optional.of(59L), MemoryProbe.heapUsedMb("""
                 garbage-first heap   total 262144K, used 61234K [0x00000000f0000000, 0x0000000100000000)
                  region size 1024K, 3 young (3072K), 0 survivors (0K)
                 Metaspace       used 21233K, committed 21504K, reserved 1114112K
                  class space    used 2345K, committed 2496K, reserved 1048576K
                """));
    }

    @Test
    void serialPrintsOneLinePerGeneration() {
        assertEquals(Optional.of(130L), MemoryProbe.heapUsedMb("""
                 def new generation   total 118016K, used 2048K [0x00000000e8000000, 0x00000000f0000000)
                  eden space 104960K,   1% used [0x00000000e8000000, 0x00000000e8200000)
                 tenured generation   total 262144K, used 131072K [0x00000000f0000000, 0x0000000100000000)
                 Metaspace       used 21233K, committed 21504K, reserved 1114112K
                """));
        assertEquals(Optional.empty(), MemoryProbe.heapUsedMb("no heap here"));
    }
}
