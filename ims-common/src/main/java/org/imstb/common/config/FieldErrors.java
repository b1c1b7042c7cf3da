package org.imstb.common.config;

import java.util.Collection;
import java.util.function.Predicate;

/**
 * A cursor into a configuration document used by {@link Validatable} objects to report problems. It carries the
 * dotted path of the object being checked; {@link #fail(String, String)} raises an {@link InvalidField} that the
 * loader turns into a {@link ConfigException} with file and line.
 */
public final class FieldErrors {
    private final String path;

    public FieldErrors(String path) {
        this.path = path == null ? "" : path;
    }

    /** The path of this object. */
    public String path() {
        return path;
    }

    /** A cursor for a child field. */
    public FieldErrors at(String field) {
        return new FieldErrors(path.isEmpty() ? field : path + "." + field);
    }

    /** A cursor for a list element. */
    public FieldErrors at(String field, int index) {
        return at(field + "[" + index + "]");
    }

    /** Reports a problem with {@code field} of this object. */
    public InvalidField fail(String field, String problem) {
        throw new InvalidField(at(field).path, problem);
    }

    public void require(boolean ok, String field, String problem) {
        if (!ok) {
            fail(field, problem);
        }
    }

    public void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            fail(field, "is required");
        }
    }

    public void requirePort(int port, String field) {
        if (port < 0 || port > 65535) {
            fail(field, "must be a port 0..65535, got " + port);
        }
    }

    public <T> void requireAll(Collection<T> values, String field, Predicate<T> ok, String problem) {
        if (values == null) {
            return;
        }
        int i = 0;
        for (T v : values) {
            if (!ok.test(v)) {
                throw new InvalidField(at(field, i).path, problem + ", got " + v);
            }
            i++;
        }
    }

    /** Validates a nested object (if present). */
    public void nested(Validatable child, String field) {
        if (child != null) {
            child.validate(at(field));
        }
    }

    /** Validates each element of a nested list. */
    public void nested(Collection<? extends Validatable> children, String field) {
        if (children == null) {
            return;
        }
        int i = 0;
        for (Validatable c : children) {
            if (c == null) {
                throw new InvalidField(at(field, i).path, "must not be empty");
            }
            c.validate(at(field, i));
            i++;
        }
    }

    /** A problem with one field, before the loader has placed it in a file. */
    public static final class InvalidField extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String field;
        private final String problem;

        public InvalidField(String field, String problem) {
            super(field + ": " + problem);
            this.field = field;
            this.problem = problem;
        }

        public String field() {
            return field;
        }

        public String problem() {
            return problem;
        }
    }
}
