package org.imstb.scscf.isc;

import java.util.List;
import org.imstb.common.cx.userdata.SafeDom;
import org.imstb.common.cx.userdata.UserDataException;
import org.w3c.dom.Element;

/**
 * DOM reading of iFC XML through ims-common's hardened {@link SafeDom} (secure processing, any DOCTYPE rejected,
 * no external entities or DTDs, no XInclude). Elements are matched by local name (a namespace is tolerated). Every
 * error is an {@link IllegalArgumentException} whose message starts with the path of the element at fault.
 */
final class IfcXml {
    private IfcXml() {
    }

    /** The root element of {@code xml} (parsed by the hardened {@link SafeDom}). */
    static Element parse(String xml) {
        if (xml == null || xml.isBlank()) {
            throw new IllegalArgumentException("iFC XML is empty");
        }
        try {
            return SafeDom.parse(xml.strip(), "iFC XML").getDocumentElement();
        } catch (UserDataException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    static String name(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
    }

    static List<Element> children(Element parent, String name) {
        return SafeDom.children(parent, name);
    }

    /** The single child {@code name}, or null; a repeated one is an error. */
    static Element optionalChild(Element parent, String name, String path) {
        List<Element> found = children(parent, name);
        if (found.size() > 1) {
            throw new IllegalArgumentException(path + ": " + name + " repeated");
        }
        return found.isEmpty() ? null : found.get(0);
    }

    static Element requiredChild(Element parent, String name, String path) {
        Element e = optionalChild(parent, name, path);
        if (e == null) {
            throw new IllegalArgumentException(path + ": " + name + " missing");
        }
        return e;
    }

    /** The trimmed text of {@code e}; empty text is an error. */
    static String text(Element e, String path) {
        String text = e.getTextContent().trim();
        if (text.isEmpty()) {
            throw new IllegalArgumentException(path + ": empty");
        }
        return text;
    }

    /** An XML Schema boolean (tBool): 0, 1, false or true. */
    static boolean bool(Element e, String path) {
        String text = e.getTextContent().trim();
        return switch (text) {
            case "1", "true" -> true;
            case "0", "false" -> false;
            default -> throw new IllegalArgumentException(path + ": not a boolean (0|1): '" + text + "'");
        };
    }

    static long integer(Element e, String path, long min, long max) {
        String text = e.getTextContent().trim();
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException(path + ": not an integer: '" + text + "'");
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(path + ": out of range " + min + ".." + max + ": " + value);
        }
        return value;
    }
}
