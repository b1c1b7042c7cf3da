package org.imstb.common.sh.data;

/**
 * Sh-Data that cannot be used: not well-formed XML, a DOCTYPE, a wrong root element, a mandatory element missing or
 * a value out of its type. The message starts with the path of the element at fault, e.g.
 * {@code Sh-Data/RepositoryData[1]: SequenceNumber missing} (indexes are 1-based).
 */
public final class ShDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String element;

    ShDataException(String element, String problem) {
        super(element + ": " + problem);
        this.element = element;
    }

    ShDataException(String element, String problem, Throwable cause) {
        super(element + ": " + problem, cause);
        this.element = element;
    }

    /** Path of the element at fault, e.g. {@code Sh-Data/RepositoryData[1]}. */
    public String element() {
        return element;
    }
}
