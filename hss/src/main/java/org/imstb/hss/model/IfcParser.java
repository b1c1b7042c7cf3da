package org.imstb.hss.model;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
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
 * Priority and an ApplicationServer with a SIP ServerName. Each SPT is checked as the S-CSCF will compile it (TS
 * 29.228 Annex B.2.2, tSePoTri in Annex E): a tBool ConditionNegated, at least one Group (xs:unsignedInt), exactly one
 * of RequestURI, Method (a SIP token), SIPHeader (with a Header), SessionCase (0..4) and SessionDescription (with a
 * Line), regular expressions that compile (Java syntax, as the S-CSCF uses), and RegistrationType 0..2 in its
 * Extension. Errors about an SPT start with {@code SPT[n]:} (1-based) and name the element and, for a regular
 * expression, the expression.
 */
final class IfcParser {
    private static final DocumentBuilderFactory FACTORY = factory();
    private static final Set<String> IFC_CHILDREN =
            Set.of("Priority", "TriggerPoint", "ApplicationServer", "ProfilePartIndicator", "Extension");
    private static final Set<String> TP_CHILDREN = Set.of("ConditionTypeCNF", "SPT");
    private static final Set<String> SPT_CHILDREN = Set.of("ConditionNegated", "Group", "RequestURI", "Method",
            "SIPHeader", "SessionCase", "SessionDescription", "Extension");
    private static final Set<String> AS_CHILDREN = Set.of("ServerName", "DefaultHandling", "ServiceInfo", "Extension");
    private static final List<String> SPT_CONDITIONS =
            List.of("RequestURI", "Method", "SIPHeader", "SessionCase", "SessionDescription");
    private static final Set<String> HEADER_CHILDREN = Set.of("Header", "Content", "Extension");
    private static final Set<String> SDP_CHILDREN = Set.of("Line", "Content", "Extension");
    private static final Set<String> SPT_EXTENSION_CHILDREN = Set.of("RegistrationType", "Extension");
    /** RFC 3261 §25.1 token: methods and header names. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9.!%*_+`'~-]+");
    private static final long MAX_UNSIGNED_INT = 0xFFFF_FFFFL;

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
        int priority = (int) integer(only(root, "Priority", true), 0, Integer.MAX_VALUE);
        Element tp = only(root, "TriggerPoint", false);
        if (tp != null) {
            checkChildren(tp, TP_CHILDREN);
            bool(only(tp, "ConditionTypeCNF", true));
            List<Element> spts = children(tp, "SPT");
            if (spts.isEmpty()) {
                throw new IllegalArgumentException("<TriggerPoint> has no <SPT>");
            }
            for (int i = 0; i < spts.size(); i++) {
                try {
                    checkSpt(spts.get(i));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("SPT[" + (i + 1) + "]: " + e.getMessage(), e);
                }
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

    private static void checkSpt(Element spt) {
        checkChildren(spt, SPT_CHILDREN);
        Element negated = only(spt, "ConditionNegated", false);
        if (negated != null) {
            bool(negated);
        }
        List<Element> groups = children(spt, "Group");
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("<SPT> has no <Group>");
        }
        for (Element g : groups) {
            integer(g, 0, MAX_UNSIGNED_INT);
        }
        List<Element> conditions = new ArrayList<>();
        for (String name : SPT_CONDITIONS) {
            conditions.addAll(children(spt, name));
        }
        if (conditions.size() != 1) {
            throw new IllegalArgumentException("<SPT> must have exactly one of <" + String.join(">, <", SPT_CONDITIONS)
                    + ">, has " + (conditions.isEmpty() ? "none"
                    : String.join(", ", conditions.stream().map(e -> "<" + e.getTagName() + ">").toList())));
        }
        Element condition = conditions.get(0);
        switch (condition.getTagName()) {
            case "RequestURI" -> regex(condition, "<RequestURI>");
            case "Method" -> token(condition);
            case "SIPHeader" -> {
                checkChildren(condition, HEADER_CHILDREN);
                token(only(condition, "Header", true));
                Element content = only(condition, "Content", false);
                if (content != null) {
                    regex(content, "<Content> of <SIPHeader>");
                }
            }
            case "SessionCase" -> integer(condition, 0, 4);
            default -> {
                checkChildren(condition, SDP_CHILDREN);
                Element line = only(condition, "Line", true);
                if (line.getTextContent().isBlank()) {
                    throw new IllegalArgumentException("<Line> of <SessionDescription> is empty");
                }
                Element content = only(condition, "Content", false);
                if (content != null) {
                    regex(content, "<Content> of <SessionDescription>");
                }
            }
        }
        Element extension = only(spt, "Extension", false);
        if (extension != null) {
            checkChildren(extension, SPT_EXTENSION_CHILDREN);
            for (Element type : children(extension, "RegistrationType")) {
                integer(type, 0, 2);
            }
        }
    }

    private static void regex(Element e, String what) {
        String text = e.getTextContent().trim();
        if (text.isEmpty()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        try {
            Pattern.compile(text);
        } catch (PatternSyntaxException ex) {
            throw new IllegalArgumentException(what + " is not a valid regular expression: '" + text + "' ("
                    + ex.getDescription() + ")");
        }
    }

    private static void token(Element e) {
        String text = e.getTextContent().trim();
        if (!TOKEN.matcher(text).matches()) {
            throw new IllegalArgumentException("<" + e.getTagName() + "> must be a SIP token (RFC 3261), got '"
                    + text + "'");
        }
    }

    /** An XML Schema boolean (tBool): 0, 1, false or true. */
    private static boolean bool(Element e) {
        String t = e.getTextContent().trim();
        return switch (t) {
            case "1", "true" -> true;
            case "0", "false" -> false;
            default -> throw new IllegalArgumentException("<" + e.getTagName() + "> must be 0 or 1, got '" + t + "'");
        };
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

    private static long integer(Element e, long min, long max) {
        String t = e.getTextContent().trim();
        try {
            long v = Long.parseLong(t);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        String range = min == 0 && max >= Integer.MAX_VALUE ? "a non-negative integer"
                : "an integer " + min + ".." + max;
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
