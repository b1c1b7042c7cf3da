package org.imstb.common.sip.reginfo;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a reginfo document with StAX; see {@link ReginfoXml#decode}. DTD support and external entities are off
 * and any DOCTYPE is rejected (the JDK StAX factory has no secure-processing switch; these settings are its
 * equivalent). Elements of the reginfo namespace that the model does not know, and all elements of other
 * namespaces, are skipped with their content.
 */
final class ReginfoReader {
    private static final XMLInputFactory FACTORY = factory();

    private final XMLStreamReader in;
    private String path = "reginfo";

    private ReginfoReader(XMLStreamReader in) {
        this.in = in;
    }

    static Reginfo read(String xml) {
        if (xml == null || xml.isBlank()) {
            throw new ReginfoException("reginfo", "empty document");
        }
        XMLStreamReader in;
        try {
            synchronized (FACTORY) {
                in = FACTORY.createXMLStreamReader(new StringReader(xml));
            }
        } catch (XMLStreamException e) {
            throw new ReginfoException("reginfo", "not well-formed XML: " + e.getMessage(), e);
        }
        ReginfoReader reader = new ReginfoReader(in);
        try {
            return reader.document();
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
            String message = e.getMessage();
            int cut = message == null ? -1 : message.indexOf("Message: ");
            throw new ReginfoException(reader.path, "not well-formed XML" + where + ": "
                    + (cut >= 0 ? message.substring(cut + 9) : message), e);
        } finally {
            try {
                in.close();
            } catch (XMLStreamException e) {
                // nothing held: the source is a string
            }
        }
    }

    private Reginfo document() throws XMLStreamException {
        nextStartOrEnd();
        if (!in.isStartElement()) {
            throw new ReginfoException(path, "no root element");
        }
        if (!"reginfo".equals(in.getLocalName()) || !ReginfoXml.NAMESPACE.equals(in.getNamespaceURI())) {
            String ns = in.getNamespaceURI();
            throw new ReginfoException(path, "wrong root element <" + in.getLocalName() + "> in namespace '"
                    + (ns == null ? "" : ns) + "', expected <reginfo> in " + ReginfoXml.NAMESPACE);
        }
        int version = number("version", true);
        Reginfo.State state = enumerated("state", Reginfo.State::fromXml);
        List<Registration> registrations = new ArrayList<>();
        while (nextStartOrEnd() == XMLStreamConstants.START_ELEMENT) {
            if (isOurs("registration")) {
                path = "reginfo/registration[" + (registrations.size() + 1) + "]";
                registrations.add(registration());
                path = "reginfo";
            } else {
                skipElement();
            }
        }
        while (in.hasNext()) { // the rest must still be well-formed (comments, PIs, whitespace)
            if (in.next() == XMLStreamConstants.DTD) {
                throw new ReginfoException("reginfo", "DOCTYPE not allowed");
            }
        }
        return new Reginfo(version, state, registrations);
    }

    private Registration registration() throws XMLStreamException {
        String aor = required("aor");
        String id = required("id");
        RegState state = enumerated("state", RegState::fromXml);
        String base = path;
        List<Contact> contacts = new ArrayList<>();
        while (nextStartOrEnd() == XMLStreamConstants.START_ELEMENT) {
            if (isOurs("contact")) {
                path = base + "/contact[" + (contacts.size() + 1) + "]";
                contacts.add(contact());
                path = base;
            } else {
                skipElement();
            }
        }
        return new Registration(aor, id, state, contacts);
    }

    private Contact contact() throws XMLStreamException {
        String id = required("id");
        ContactState state = enumerated("state", ContactState::fromXml);
        ContactEvent event = enumerated("event", ContactEvent::fromXml);
        Integer expires = in.getAttributeValue(null, "expires") == null ? null : number("expires", false);
        String uri = null;
        String displayName = null;
        while (nextStartOrEnd() == XMLStreamConstants.START_ELEMENT) {
            if (isOurs("uri")) {
                if (uri != null) {
                    throw new ReginfoException(path, "uri repeated");
                }
                uri = in.getElementText().trim();
                if (uri.isEmpty()) {
                    throw new ReginfoException(path + "/uri", "empty");
                }
            } else if (isOurs("display-name")) {
                if (displayName != null) {
                    throw new ReginfoException(path, "display-name repeated");
                }
                displayName = in.getElementText();
            } else {
                skipElement();
            }
        }
        if (uri == null) {
            throw new ReginfoException(path, "uri missing");
        }
        return new Contact(id, state, event, expires, uri, displayName);
    }

    /** Moves to the next start or end element, rejecting a DOCTYPE; returns the event. */
    private int nextStartOrEnd() throws XMLStreamException {
        while (in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.DTD) {
                throw new ReginfoException("reginfo", "DOCTYPE not allowed");
            }
            if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
                return event;
            }
        }
        return XMLStreamConstants.END_DOCUMENT;
    }

    /** Skips the current element with all its content. */
    private void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = nextStartOrEnd();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else {
                throw new ReginfoException(path, "document ends inside <" + in.getLocalName() + ">");
            }
        }
    }

    private boolean isOurs(String localName) {
        return localName.equals(in.getLocalName()) && ReginfoXml.NAMESPACE.equals(in.getNamespaceURI());
    }

    private String required(String name) {
        String value = in.getAttributeValue(null, name);
        if (value == null) {
            throw new ReginfoException(path, "attribute '" + name + "' missing");
        }
        return value;
    }

    private <E> E enumerated(String name, Function<String, Optional<E>> lookup) {
        String value = required(name);
        return lookup.apply(value.trim()).orElseThrow(() -> new ReginfoException(path,
                "attribute '" + name + "' has unknown value '" + value + "'"));
    }

    private int number(String name, boolean required) {
        String value = required ? required(name) : in.getAttributeValue(null, name);
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 0 && !value.trim().startsWith("+")) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ReginfoException(path, "attribute '" + name + "' is not a non-negative integer (up to "
                + Integer.MAX_VALUE + "): '" + value + "'");
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return f;
    }
}
