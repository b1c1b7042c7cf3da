package org.imstb.topology.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing directory trees (run directories, namespace leftovers, benchmark stores). */
public final class Directories {
    private Directories() {
    }

    /** Deletes {@code dir} and everything under it; nothing when it does not exist. */
    public static void delete(Path dir) throws IOException {
        deleteUnder(dir, true);
    }

    /** Deletes everything under {@code dir}, keeping the directory; nothing when it does not exist. */
    public static void empty(Path dir) throws IOException {
        deleteUnder(dir, false);
    }

    private static void deleteUnder(Path dir, boolean itself) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (itself || !p.equals(dir)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
