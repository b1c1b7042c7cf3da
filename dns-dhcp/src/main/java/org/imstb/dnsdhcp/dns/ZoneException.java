package org.imstb.dnsdhcp.dns;

/** A zone cannot be built from the configuration; {@link #field()} is the dotted path of the culprit. */
public final class ZoneException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public ZoneException(String field, String message) {
        super(message);
        this.field = field;
    }

    public ZoneException(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /** Dotted path of the field at fault, relative to the DNS configuration, e.g. {@code domains[0].records[2]}. */
    public String field() {
        return field;
    }
}
