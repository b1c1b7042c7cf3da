package org.imstb.common.config;

/**
 * A configuration value object that checks itself after binding. Implementations report the first problem
 * through {@link FieldErrors}, naming the field relative to themselves; the loader adds file and line.
 */
public interface Validatable {
    /** Checks this object; {@code at} is the dotted path of this object in the file. */
    void validate(FieldErrors at);
}
