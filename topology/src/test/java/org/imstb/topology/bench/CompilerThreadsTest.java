package org.imstb.topology.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** JIT compiler threads' CPU read from /proc/<pid>/task/<tid>/stat. */
class CompilerThreadsTest {
    @Test
    void countsUserAndSystemTicksOfCompilerThreadsOnly() {
        assertEquals(1234 + 56, CompilerThreads.compilerTicks(
                "4242 (C2 CompilerThre) S 1 4200 4200 0 -1 1077936192 9 0 0 0 1234 56 0 0 20 0 40 0 7 0"));
        assertEquals(7 + 1, CompilerThreads.compilerTicks(
                "4243 (C1 CompilerThre) S 1 4200 4200 0 -1 1077936192 9 0 0 0 7 1 0 0 20 0 40 0 7 0"));
        assertEquals(0, CompilerThreads.compilerTicks(
                "4244 (UDPMessageChann) S 1 4200 4200 0 -1 1077936192 9 0 0 0 999 99 0 0 20 0 40 0 7 0"));
        // a name holding ") " must not shift the fields: the kernel names the thread, the JVM may call it anything
        assertEquals(0, CompilerThreads.compilerTicks(
                "4245 (a) b (c) S 1 4200 4200 0 -1 1077936192 9 0 0 0 999 99 0 0 20 0 40 0 7 0"));
        assertEquals(0, CompilerThreads.compilerTicks(""));
    }

    @Test
    void findsTheCompilerThreadsOfThisJvm() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "no /proc");
        long pid = ProcessHandle.current().pid();
        // starting JUnit alone compiles hundreds of methods: more than one clock tick (10 ms) of compiler time
        CompilerThreads reader = new CompilerThreads(pid);
        assertTrue(reader.cpu().toMillis() >= 10, "compiler CPU " + reader.cpu());
        // the JVM names its compiler threads as CompilerThreads expects
        long compilers;
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            compilers = tasks.map(CompilerThreadsTest::comm)
                    .filter(name -> name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")).count();
        }
        assertTrue(compilers > 0, "no C1/C2 CompilerThread in /proc/" + pid + "/task");
        assertEquals(java.time.Duration.ZERO, new CompilerThreads(Long.MAX_VALUE).cpu(), "a process that is not there");
    }

    private static String comm(Path task) {
        try {
            return Files.readString(task.resolve("comm"));
        } catch (java.io.IOException e) {
            return "";
        }
    }

    @Test
    void threadsThatEndStillCount() {
        CompilerThreads reader = new CompilerThreads(1);
        assertEquals(150, reader.account(java.util.Map.of(11L, 100L, 12L, 50L)));
        // the JVM stopped thread 12 (dynamic number of compiler threads): its 50 ticks stay counted
        assertEquals(170, reader.account(java.util.Map.of(11L, 120L)));
        // id 12 now names a new compiler thread: a fresh count on top
        assertEquals(175, reader.account(java.util.Map.of(11L, 120L, 12L, 5L)));
        assertEquals(175, reader.account(java.util.Map.of(11L, 120L, 12L, 5L)));
    }
}
