package org.imstb.hss.userdata;

import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.imstb.hss.model.ApplicationServer;

/**
 * Normalises a stored {@code <InitialFilterCriteria>} element for the User-Data: re-parsed with StAX and written
 * back as compact XML elements (comments, processing instructions and layout whitespace dropped, text re-escaped). An {@code <ApplicationServer>} that gives only its
 * {@code <ServerName>} is completed from the provisioned application server: DefaultHandling, ServiceInfo and the
 * IncludeRegisterRequest/IncludeRegisterResponse extension.
 */
final class IfcCopier {
    private static final XMLInputFactory INPUT = inputFactory();
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private IfcCopier() {
    }

    /** The element as compact XML, completed from {@code as} (may be null). */
    static String toXml(String ifcXml, ApplicationServer as) throws XMLStreamException {
        StringWriter sw = new StringWriter(ifcXml.length());
        XMLStreamWriter out = OUTPUT.createXMLStreamWriter(sw);
        copy(ifcXml, as, out);
        out.close();
        return sw.toString();
    }

    private static void copy(String ifcXml, ApplicationServer as, XMLStreamWriter out) throws XMLStreamException {
        XMLStreamReader in = INPUT.createXMLStreamReader(new StringReader(ifcXml));
        try {
            int depth = 0;
            int asDepth = 0; // depth of the ApplicationServer element while inside it, else 0
            int asChildren = 0;
            String serverName = null;
            StringBuilder text = new StringBuilder();
            while (in.hasNext()) {
                int event = in.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        flush(text, out);
                        depth++;
                        if (asDepth > 0 && depth == asDepth + 1) {
                            asChildren++;
                        } else if (asDepth == 0 && depth == 2 && "ApplicationServer".equals(in.getLocalName())) {
                            asDepth = depth;
                        }
                        out.writeStartElement(in.getLocalName());
                        for (int i = 0; i < in.getAttributeCount(); i++) {
                            out.writeAttribute(in.getAttributeLocalName(i), in.getAttributeValue(i));
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(in.getText());
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (asDepth > 0 && depth == asDepth + 1 && "ServerName".equals(in.getLocalName())) {
                            serverName = text.toString().trim();
                        }
                        flush(text, out);
                        if (asDepth > 0 && depth == asDepth) {
                            if (asChildren == 1 && serverName != null && as != null
                                    && as.serverName().equals(serverName)) {
                                complete(as, out);
                            }
                            asDepth = 0;
                        }
                        out.writeEndElement();
                        depth--;
                    }
                    default -> {
                        // comments, processing instructions, document events: not copied
                    }
                }
            }
        } finally {
            in.close();
        }
    }

    private static void flush(StringBuilder text, XMLStreamWriter out) throws XMLStreamException {
        if (!text.toString().isBlank()) {
            out.writeCharacters(text.toString().trim());
        }
        text.setLength(0);
    }

    private static void complete(ApplicationServer as, XMLStreamWriter out) throws XMLStreamException {
        UserDataXml.element(out, "DefaultHandling", String.valueOf(as.defaultHandling().code()));
        if (as.serviceInfo() != null && !as.serviceInfo().isEmpty()) {
            UserDataXml.element(out, "ServiceInfo", as.serviceInfo());
        }
        if (as.includeRegisterRequest() || as.includeRegisterResponse()) {
            out.writeStartElement("Extension");
            if (as.includeRegisterRequest()) {
                out.writeEmptyElement("IncludeRegisterRequest");
            }
            if (as.includeRegisterResponse()) {
                out.writeEmptyElement("IncludeRegisterResponse");
            }
            out.writeEndElement();
        }
    }

    private static XMLInputFactory inputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }
}
