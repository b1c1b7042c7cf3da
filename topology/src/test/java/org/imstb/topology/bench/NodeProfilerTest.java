package org.imstb.topology.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The node JVM options that load async-profiler at start. */
class NodeProfilerTest {
    @Test
    void theProfilerLibraryMustExistAndIsLoadedAtStart(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("libasyncProfiler.so");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NodeProfiler.jvmOptions(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());

        Path lib = Files.writeString(missing, "");
        assertEquals(List.of("-agentpath:" + lib.toAbsolutePath(), "-XX:+UnlockDiagnosticVMOptions",
                "-XX:+DebugNonSafepoints"), NodeProfiler.jvmOptions(lib));
    }
}
