package org.imstb.hss.model;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * Checks an {@code <InitialFilterCriteria>} element with the JDK DOM parser: well-formed, no DTD, only the child
 * elements TS 29.228 Annex E allows in InitialFilterCriteria, TriggerPoint, SPT and ApplicationServer, an integer
 * Priority and an ApplicationServer with a SIP ServerName.
 */
final class IfcParser {
    private static final DocumentBuilderFactory FACTORY = factory();
    private static final Set<String> IFC_CHILDREN =
            Set.of("Priority", "TriggerPoint", "ApplicationServer", "ProfilePartIndicator", "Extension");
    private static final Set<String> TP_CHILDREN = Set.of("ConditionTypeCNF", "SPT");
    private static final Set<String> SPT_CHILDREN = Set.of("ConditionNegated", "Group", "RequestURI", "Method",
            "SIPHeader", "SessionCase", "SessionDescription", "Extension");
    private static final Set<String> AS_CHILDREN = Set.of("ServerName", "DefaultHandling", "ServiceInfo", "Extension");

    private IfcParser() {
    }

    static InitialFilterCriteria parse(String xml) {
        if (xml == null || xml.isBlank()) {
            throw new IllegalArgumentException("iFC XML is empty");
        }
        Element root = document(xml);
        if (!"InitialFilterCriteria".equals(root.getTagName())) {
            throw new IllegalArgumentException(
                    "root element is <" + root.getTagName() + ">, expected <InitialFilterCriteria>");
        }
        checkChildren(root, IFC_CHILDREN);
        int priority = integer(only(root, "Priority", true), 0, Integer.MAX_VALUE);
        Element tp = only(root, "TriggerPoint", false);
        if (tp != null) {
            checkChildren(tp, TP_CHILDREN);
            integer(only(tp, "ConditionTypeCNF", true), 0, 1);
            for (Element spt : children(tp, "SPT")) {
                checkChildren(spt, SPT_CHILDREN);
            }
        }
        Element as = only(root, "ApplicationServer", true);
        checkChildren(as, AS_CHILDREN);
        Element name = only(as, "ServerName", true);
        String serverName = name.getTextContent().trim();
        if (!IdentityUris.isSipUri(serverName)) {
            throw new IllegalArgumentException("<ServerName> must be a SIP URI, got '" + serverName + "'");
        }
        Element dh = only(as, "DefaultHandling", false);
        if (dh != null) {
            integer(dh, 0, 1);
        }
        Element ppi = only(root, "ProfilePartIndicator", false);
        if (ppi != null) {
            integer(ppi, 0, 1);
        }
        return new InitialFilterCriteria(priority, serverName, xml.strip());
    }

    private static Element document(String xml) {
        try {
            DocumentBuilder b;
            synchronized (FACTORY) {
                b = FACTORY.newDocumentBuilder();
            }
            b.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // ignored
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return b.parse(new InputSource(new StringReader(xml.strip()))).getDocumentElement();
        } catch (SAXParseException e) {
            throw new IllegalArgumentException("iFC XML is not well-formed (line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + " of the XML): " + e.getMessage());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new IllegalArgumentException("iFC XML cannot be read: " + e.getMessage());
        }
    }

    private static void checkChildren(Element parent, Set<String> allowed) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && !allowed.contains(e.getTagName())) {
                throw new IllegalArgumentException("unexpected element <" + e.getTagName() + "> in <"
                        + parent.getTagName() + "> (allowed: " + String.join(", ", allowed.stream().sorted().toList())
                        + ")");
            }
            if (n.getNodeType() == Node.TEXT_NODE && !n.getTextContent().isBlank()) {
                throw new IllegalArgumentException("unexpected text '" + n.getTextContent().strip() + "' in <"
                        + parent.getTagName() + ">");
            }
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element only(Element parent, String name, boolean required) {
        List<Element> found = children(parent, name);
        if (found.isEmpty() && required) {
            throw new IllegalArgumentException("<" + parent.getTagName() + "> has no <" + name + ">");
        }
        if (found.size() > 1) {
            throw new IllegalArgumentException("<" + parent.getTagName() + "> has more than one <" + name + ">");
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private static int integer(Element e, int min, int max) {
        String t = e.getTextContent().trim();
        try {
            int v = Integer.parseInt(t);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        String range = max == Integer.MAX_VALUE ? "a non-negative integer" : "an integer " + min + ".." + max;
        throw new IllegalArgumentException("<" + e.getTagName() + "> must be " + range + ", got '" + t + "'");
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        try {
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(false);
        return f;
    }
}
