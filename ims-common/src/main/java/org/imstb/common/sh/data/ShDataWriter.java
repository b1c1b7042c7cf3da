package org.imstb.common.sh.data;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.imstb.common.cx.userdata.SafeDom;
import org.w3c.dom.Element;

/**
 * Writes Sh-Data with StAX: compact, UTF-8 declaration, text escaped by the JDK writer. ServiceData content and iFCs
 * are XML text: each is checked to be well-formed (with the hardened parser); ServiceData is then copied as it is,
 * an iFC as its parsed element (so that an XML declaration or surrounding blanks in stored text do not matter).
 */
final class ShDataWriter {
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private ShDataWriter() {
    }

    static String write(ShData d) {
        StringWriter out = new StringWriter(512);
        try {
            XMLStreamWriter w = OUTPUT.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement(ShDataParser.ROOT);
            if (!d.publicIdentities().isEmpty()) {
                w.writeStartElement("PublicIdentifiers");
                for (String id : d.publicIdentities()) {
                    element(w, "IMSPublicIdentity", id);
                }
                w.writeEndElement();
            }
            for (RepositoryData r : d.repositoryData()) {
                w.writeStartElement("RepositoryData");
                element(w, "ServiceIndication", r.serviceIndication());
                element(w, "SequenceNumber", Integer.toString(r.sequenceNumber()));
                if (r.serviceData() != null) {
                    w.writeStartElement("ServiceData");
                    raw(w, out, checked(r.serviceData(), "ServiceData"));
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            if (d.imsData() != null) {
                imsData(w, out, d.imsData());
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write Sh-Data: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static void imsData(XMLStreamWriter w, StringWriter out, ShImsData ims) throws XMLStreamException {
        w.writeStartElement("Sh-IMS-Data");
        if (ims.scscfName() != null) {
            element(w, "SCSCFName", ims.scscfName());
        }
        if (!ims.initialFilterCriteria().isEmpty()) {
            w.writeStartElement("IFCs");
            for (String ifc : ims.initialFilterCriteria()) {
                Element e = ShDataParser.document(ifc, "InitialFilterCriteria").getDocumentElement();
                if (!"InitialFilterCriteria".equals(e.getLocalName())) {
                    throw new ShDataException("Sh-IMS-Data/IFCs", "not an <InitialFilterCriteria>: <"
                            + e.getTagName() + ">");
                }
                raw(w, out, SafeDom.serialise(e));
            }
            w.writeEndElement();
        }
        if (ims.imsUserState() != null) {
            element(w, "IMSUserState", Integer.toString(ims.imsUserState().code()));
        }
        w.writeEndElement();
    }

    /** {@code content} if it is well-formed as the content of an element {@code name}. */
    private static String checked(String content, String name) {
        ShDataParser.document("<" + name + ">" + content + "</" + name + ">", name);
        return content;
    }

    /** Copies XML text into the output (after closing any open start tag). */
    private static void raw(XMLStreamWriter w, StringWriter out, String xml) throws XMLStreamException {
        w.writeCharacters("");
        w.flush();
        out.write(xml);
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }
}
