package org.imstb.scscf.isc;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * DOM reading of iFC XML, hardened like the User-Data parser of ims-common: secure processing, any DOCTYPE rejected,
 * no external entities or DTDs, no XInclude. Elements are matched by local name (a namespace is tolerated). Every
 * error is an {@link IllegalArgumentException} whose message starts with the path of the element at fault.
 */
final class IfcXml {
    private static final DocumentBuilderFactory BUILDERS = builderFactory();
    private static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // warnings do not make the document unusable
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private IfcXml() {
    }

    /** The root element of {@code xml}. */
    static Element parse(String xml) {
        if (xml == null || xml.isBlank()) {
            throw new IllegalArgumentException("iFC XML is empty");
        }
        try {
            DocumentBuilder builder;
            synchronized (BUILDERS) {
                builder = BUILDERS.newDocumentBuilder();
            }
            builder.setErrorHandler(THROWING);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity not allowed: " + systemId);
            });
            return builder.parse(new InputSource(new StringReader(xml.strip()))).getDocumentElement();
        } catch (SAXParseException e) {
            throw new IllegalArgumentException("iFC XML is not well-formed at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("iFC XML is not well-formed: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("JDK XML parser cannot be configured securely", e);
        }
    }

    static String name(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
    }

    /** Child elements of {@code parent} named {@code name}, in document order. */
    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(name(e))) {
                found.add(e);
            }
        }
        return found;
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

    private static DocumentBuilderFactory builderFactory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("JDK XML parser cannot be configured securely", e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }
}
