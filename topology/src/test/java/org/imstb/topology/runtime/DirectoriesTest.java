package org.imstb.topology.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoriesTest {
    @TempDir
    Path root;

    private Path tree() throws Exception {
        Path dir = Files.createDirectories(root.resolve("run/lab/sub"));
        Files.writeString(dir.resolve("a.log"), "x");
        Files.writeString(root.resolve("run/b.yaml"), "y");
        return root.resolve("run");
    }

    @Test
    void emptyKeepsTheDirectoryAndRemovesItsContent() throws Exception {
        Path run = tree();
        Directories.empty(run);
        assertTrue(Files.isDirectory(run));
        try (var left = Files.list(run)) {
            assertTrue(left.findAny().isEmpty());
        }
    }

    @Test
    void deleteRemovesTheWholeTree() throws Exception {
        Path run = tree();
        Directories.delete(run);
        assertTrue(Files.notExists(run));
    }

    @Test
    void aMissingDirectoryIsNothingToDo() throws Exception {
        Directories.delete(root.resolve("none"));
        Directories.empty(root.resolve("none"));
        assertTrue(Files.notExists(root.resolve("none")));
    }
}
