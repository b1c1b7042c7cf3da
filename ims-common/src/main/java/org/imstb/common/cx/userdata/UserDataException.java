package org.imstb.common.cx.userdata;

/**
 * User-Data that cannot be used: not well-formed XML, a DOCTYPE, a wrong root element, a mandatory element missing
 * or a value out of its type. The message starts with the path of the element at fault, e.g.
 * {@code ServiceProfile[1]/PublicIdentity[2]: Identity missing} (indexes are 1-based; {@code IMSSubscription}
 * stands for the document itself).
 */
public final class UserDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String element;

    UserDataException(String element, String problem) {
        super(element + ": " + problem);
        this.element = element;
    }

    UserDataException(String element, String problem, Throwable cause) {
        super(element + ": " + problem, cause);
        this.element = element;
    }

    /** Path of the element at fault, e.g. {@code ServiceProfile[1]/PublicIdentity[2]}. */
    public String element() {
        return element;
    }
}
