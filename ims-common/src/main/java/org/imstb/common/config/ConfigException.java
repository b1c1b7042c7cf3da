package org.imstb.common.config;

import java.nio.file.Path;

/**
 * A configuration, topology or provisioning file that cannot be used. The message always names the file, the
 * line (when known) and the field, e.g. {@code hss1.yaml:12: hss1.diameter.port: must be 1..65535, got 70000}.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Path file;
    private final int line;
    private final String field;

    public ConfigException(Path file, int line, String field, String problem) {
        super(format(file, line, field, problem));
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public ConfigException(Path file, int line, String field, String problem, Throwable cause) {
        super(format(file, line, field, problem), cause);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    private static String format(Path file, int line, String field, String problem) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<config>" : file.toString());
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (field != null && !field.isEmpty()) {
            sb.append(field).append(": ");
        }
        return sb.append(problem).toString();
    }

    /** The file at fault. */
    public Path file() {
        return file;
    }

    /** 1-based line, or 0 when the problem is not tied to a line. */
    public int line() {
        return line;
    }

    /** Dotted path of the field at fault, e.g. {@code hss1.diameter.port}; empty for whole-file problems. */
    public String field() {
        return field;
    }
}
