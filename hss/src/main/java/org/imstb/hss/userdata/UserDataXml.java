package org.imstb.hss.userdata;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.imstb.hss.model.ApplicationServer;
import org.imstb.hss.model.IdentityType;
import org.imstb.hss.model.InitialFilterCriteria;
import org.imstb.hss.model.PublicIdentity;
import org.imstb.hss.model.ServiceProfile;
import org.imstb.hss.model.SubscriptionData;
import org.imstb.hss.model.SubscriptionData.ProfileData;

/**
 * Renders the Cx User-Data AVP content: the IMSSubscription document of TS 29.228 Annex E.
 *
 * <pre>{@code
 * <IMSSubscription>
 *   <PrivateID>alice@domain1.test</PrivateID>
 *   <ServiceProfile>                                  one per service profile
 *     <PublicIdentity>                                one per identity of the implicit set using it
 *       <BarringIndication>0|1</BarringIndication>
 *       <Identity>sip:alice@domain1.test</Identity>
 *       <Extension><IdentityType>0|1|2</IdentityType>
 *         [<WildcardedPSI>sip:chat-!.*!@domain1.test</WildcardedPSI>]
 *         [<Extension><DisplayName>Alice</DisplayName></Extension>]</Extension>
 *     </PublicIdentity>
 *     [<CoreNetworkServicesAuthorization><SubscribedMediaProfileId>n</SubscribedMediaProfileId>...]
 *     <InitialFilterCriteria>...</InitialFilterCriteria>   the stored iFCs by priority, as elements
 *     [<Extension><SharedIFCSetID>n</SharedIFCSetID>...</Extension>]
 *   </ServiceProfile>
 * </IMSSubscription>
 * }</pre>
 * The output is compact (no indentation), UTF-8, with an XML declaration; text is escaped by the JDK writer. Each
 * stored iFC (checked when provisioned) is re-parsed once, normalised (comments and layout whitespace dropped,
 * ApplicationServer completed, see {@code IfcCopier}) and then embedded as XML from a small cache.
 */
public final class UserDataXml {
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();
    private static final int MAX_FRAGMENTS = 1000;
    /** iFCs as written into User-Data, by stored XML and application server (profiles are few and shared). */
    private static final Map<Fragment, String> FRAGMENTS = new ConcurrentHashMap<>();

    private record Fragment(String xml, ApplicationServer as) {
    }

    private UserDataXml() {
    }

    /** The IMSSubscription XML for {@code data}. */
    public static String render(SubscriptionData data) {
        Map<String, ApplicationServer> servers = new HashMap<>();
        for (ApplicationServer as : data.applicationServers()) {
            servers.put(as.serverName(), as);
        }
        StringWriter sw = new StringWriter(1024);
        try {
            XMLStreamWriter w = OUTPUT.createXMLStreamWriter(sw);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("IMSSubscription");
            element(w, "PrivateID", data.privateIdentity());
            for (ProfileData pd : data.profiles()) {
                serviceProfile(w, sw, pd, servers);
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot render User-Data for " + data.privateIdentity() + ": "
                    + e.getMessage(), e);
        }
        return sw.toString();
    }

    private static void serviceProfile(XMLStreamWriter w, StringWriter out, ProfileData pd,
                                       Map<String, ApplicationServer> servers) throws XMLStreamException {
        ServiceProfile profile = pd.profile();
        w.writeStartElement("ServiceProfile");
        for (PublicIdentity p : pd.publicIdentities()) {
            publicIdentity(w, p);
        }
        if (profile.subscribedMediaProfileId() != null) {
            w.writeStartElement("CoreNetworkServicesAuthorization");
            element(w, "SubscribedMediaProfileId", String.valueOf(profile.subscribedMediaProfileId()));
            w.writeEndElement();
        }
        if (!profile.initialFilterCriteria().isEmpty()) {
            w.writeCharacters(""); // closes any open start tag, so that raw XML can follow
            w.flush();
            for (InitialFilterCriteria ifc : profile.initialFilterCriteria()) {
                out.write(fragment(ifc, servers.get(ifc.serverName())));
            }
        }
        if (!profile.sharedIfcSets().isEmpty()) {
            w.writeStartElement("Extension");
            for (Integer id : profile.sharedIfcSets()) {
                element(w, "SharedIFCSetID", String.valueOf(id));
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void publicIdentity(XMLStreamWriter w, PublicIdentity p) throws XMLStreamException {
        w.writeStartElement("PublicIdentity");
        element(w, "BarringIndication", p.barred() ? "1" : "0");
        element(w, "Identity", p.identity());
        w.writeStartElement("Extension");
        element(w, "IdentityType", String.valueOf(p.type().code()));
        if (p.type() == IdentityType.WILDCARDED_PSI) {
            element(w, "WildcardedPSI", p.identity());
        }
        if (p.displayName() != null && !p.displayName().isEmpty()) {
            w.writeStartElement("Extension");
            element(w, "DisplayName", p.displayName());
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    }

    /** The iFC as compact XML elements, completed from its application server; computed once per iFC. */
    private static String fragment(InitialFilterCriteria ifc, ApplicationServer as) throws XMLStreamException {
        Fragment key = new Fragment(ifc.xml(), as);
        String xml = FRAGMENTS.get(key);
        if (xml == null) {
            if (FRAGMENTS.size() >= MAX_FRAGMENTS) {
                FRAGMENTS.clear();
            }
            xml = IfcCopier.toXml(ifc.xml(), as);
            FRAGMENTS.put(key, xml);
        }
        return xml;
    }

    static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }
}
