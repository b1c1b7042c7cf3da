package org.imstb.topology.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

/**
 * Application class-data sharing for node JVMs (JEP 350 dynamic archives): the first lab run of a node kind dumps the
 * classes it loaded to {@code <run root>/.cds/<kind>.jsa} when the node exits; later runs map that archive and start
 * markedly faster. One instance serves one {@code up}: only the first node of a kind dumps (two JVMs writing one
 * archive at once left a file neither could use, and as it was newer than the class path it was never rebuilt); the
 * kind's other nodes run without an archive that once. An archive older than the class path is rebuilt; a JVM that
 * cannot use an archive (class path changed, other JDK) silently runs without it. {@code -Dimstb.cds=false} turns it
 * off.
 */
public final class ClassDataSharing {
    private final Path runRoot;
    private final java.util.Set<String> dumping = new java.util.HashSet<>();

    public ClassDataSharing(Path runRoot) {
        this.runRoot = runRoot;
    }

    /** The JVM options for the next node of {@code kind} in this lab. */
    public List<String> options(String kind) {
        if (!Boolean.parseBoolean(System.getProperty("imstb.cds", "true"))) {
            return List.of();
        }
        try {
            Path dir = runRoot.toAbsolutePath().resolve(".cds");
            Files.createDirectories(dir);
            Path archive = dir.resolve(kind + ".jsa");
            if (dumping.contains(kind)) {
                return List.of();
            }
            if (Files.exists(archive) && Files.getLastModifiedTime(archive).compareTo(newestClassPathEntry()) > 0) {
                return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
            }
            Files.deleteIfExists(archive);
            dumping.add(kind);
            return List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        } catch (IOException e) {
            return List.of();
        }
    }

    private static FileTime newestClassPathEntry() throws IOException {
        FileTime newest = FileTime.fromMillis(0);
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            if (Files.exists(p)) {
                FileTime t = Files.getLastModifiedTime(p);
                if (t.compareTo(newest) > 0) {
                    newest = t;
                }
            }
        }
        return newest;
    }
}
