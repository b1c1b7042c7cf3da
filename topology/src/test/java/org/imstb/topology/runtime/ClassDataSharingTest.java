package org.imstb.topology.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataSharingTest {
    @TempDir
    Path root;

    @Test
    void onlyTheFirstNodeOfAKindDumpsItsArchive() {
        ClassDataSharing cds = new ClassDataSharing(root);
        List<String> first = cds.options("pcscf");
        assertTrue(first.get(0).startsWith("-XX:ArchiveClassesAtExit=")
                && first.get(0).endsWith(root.resolve(".cds/pcscf.jsa").toString()), first.toString());
        assertEquals(List.of(), cds.options("pcscf"), "a second writer would spoil the archive");
        assertTrue(cds.options("icscf").get(0).startsWith("-XX:ArchiveClassesAtExit="), "each kind has its own");
    }

    @Test
    void everyNodeMapsAnArchiveNewerThanTheClassPath() throws Exception {
        Path archive = Files.createDirectories(root.resolve(".cds")).resolve("scscf.jsa");
        Files.write(archive, new byte[] {1});
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().plusSeconds(3600)));
        ClassDataSharing cds = new ClassDataSharing(root);
        String use = "-XX:SharedArchiveFile=" + archive.toAbsolutePath();
        assertEquals(use, cds.options("scscf").get(0));
        assertEquals(use, cds.options("scscf").get(0));
    }

    @Test
    void anArchiveOlderThanTheClassPathIsRebuilt() throws Exception {
        Path archive = Files.createDirectories(root.resolve(".cds")).resolve("hss.jsa");
        Files.write(archive, new byte[] {1});
        Files.setLastModifiedTime(archive, FileTime.fromMillis(0));
        assertTrue(new ClassDataSharing(root).options("hss").get(0).startsWith("-XX:ArchiveClassesAtExit="));
        assertTrue(Files.notExists(archive));
    }
}
