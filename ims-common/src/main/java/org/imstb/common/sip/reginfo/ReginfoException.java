package org.imstb.common.sip.reginfo;

/**
 * A reginfo document that cannot be decoded or a model that cannot be encoded. The message starts with the path of
 * the element at fault, e.g. {@code reginfo/registration[2]/contact[1]: attribute 'event' missing} (1-based
 * indexes).
 */
public final class ReginfoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String element;

    ReginfoException(String element, String problem) {
        super(element + ": " + problem);
        this.element = element;
    }

    ReginfoException(String element, String problem, Throwable cause) {
        super(element + ": " + problem, cause);
        this.element = element;
    }

    /** Path of the element at fault, e.g. {@code reginfo/registration[2]/contact[1]}. */
    public String element() {
        return element;
    }
}
