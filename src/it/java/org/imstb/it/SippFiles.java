package org.imstb.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the SIPp scenario tests share: the scenario resources, reading SIPp's files for failure reports, PATH. */
final class SippFiles {
    private SippFiles() {
    }

    /** Copies the class path resource sipp/{@code name} into {@code to}. */
    static Path resource(String name, Path to) throws IOException {
        Path target = to.resolve(name);
        try (InputStream in = SippFiles.class.getResourceAsStream("/sipp/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource sipp/" + name);
            }
            Files.copy(in, target);
        }
        return target;
    }

    /** A file's text (SIPp writes ISO-8859-1), or a placeholder when it is missing or unreadable. */
    static String read(Path f) {
        try {
            return Files.exists(f) ? Files.readString(f, StandardCharsets.ISO_8859_1) : "(none)";
        } catch (IOException e) {
            return "(cannot read: " + e + ")";
        }
    }

    /** The last {@code max} characters of {@code s}. */
    static String tail(String s, int max) {
        return s.length() <= max ? s : "..." + s.substring(s.length() - max);
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}
