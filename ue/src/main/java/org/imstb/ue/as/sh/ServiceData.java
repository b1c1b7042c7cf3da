package org.imstb.ue.as.sh;

import java.io.StringReader;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The ServiceData the example services keep in the HSS: a flat sequence of elements with text values, e.g.
 * {@code <registrations>2</registrations><lastSeen>2025-01-01T10:00:00Z</lastSeen>}. Text only; no I/O.
 */
public final class ServiceData {
    private static final XMLInputFactory INPUT = XMLInputFactory.newFactory();

    static {
        INPUT.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        INPUT.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private ServiceData() {
    }

    /** {@code <name>value</name>} with the value escaped. */
    public static String element(String name, Object value) {
        String text = String.valueOf(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<" + name + ">" + text + "</" + name + ">";
    }

    /**
     * The text of the first element {@code name} of {@code serviceData} (at any depth), trimmed; null when
     * {@code serviceData} is null, has no such element or is not well-formed.
     */
    public static String text(String serviceData, String name) {
        if (serviceData == null) {
            return null;
        }
        try {
            XMLStreamReader r;
            synchronized (INPUT) {
                r = INPUT.createXMLStreamReader(new StringReader("<ServiceData>" + serviceData + "</ServiceData>"));
            }
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamReader.START_ELEMENT && name.equals(r.getLocalName())) {
                        return r.getElementText().trim();
                    }
                }
                return null;
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            return null;
        }
    }

    /** The first element {@code name} as a non-negative integer; 0 when absent or not one. */
    public static int count(String serviceData, String name) {
        String text = text(serviceData, name);
        if (text == null) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
