package org.imstb.common.sip.reginfo;

/**
 * Encodes and decodes {@code application/reginfo+xml} bodies (RFC 3680 §5), and names the event package.
 *
 * <p>{@link #encode} writes the layout of the RFC examples: an XML declaration, one element per line indented by
 * two spaces, {@code \n} line ends, attributes in schema order. For example:
 *
 * <pre>{@code
 * <?xml version="1.0"?>
 * <reginfo xmlns="urn:ietf:params:xml:ns:reginfo" version="0" state="full">
 *   <registration aor="sip:alice@domain1.test" id="a7" state="active">
 *     <contact id="76" state="active" event="registered" expires="600">
 *       <uri>sip:alice@[2001:db8::10]:5060</uri>
 *     </contact>
 *   </registration>
 * </reginfo>
 * }</pre>
 *
 * <p>{@link #decode} follows the RFC's extensibility rules: unknown attributes, unknown elements and elements of
 * other namespaces are ignored wherever they appear; required attributes and the {@code <uri>} of a contact are
 * enforced, and values of the enumerated attributes must be known.
 */
public final class ReginfoXml {
    /** The media type of the body, for Content-Type and Accept. */
    public static final String MEDIA_TYPE = "application/reginfo+xml";
    /** The type part of {@link #MEDIA_TYPE} (e.g. for a JAIN-SIP ContentTypeHeader). */
    public static final String CONTENT_TYPE = "application";
    /** The subtype part of {@link #MEDIA_TYPE}. */
    public static final String CONTENT_SUBTYPE = "reginfo+xml";
    /** The event package name, for the Event and Allow-Events headers. */
    public static final String EVENT_PACKAGE = "reg";
    /** The XML namespace of the document. */
    public static final String NAMESPACE = "urn:ietf:params:xml:ns:reginfo";

    private ReginfoXml() {
    }

    /**
     * The document for {@code reginfo}.
     *
     * @throws ReginfoException when a value holds a character XML cannot carry (e.g. a control character)
     */
    public static String encode(Reginfo reginfo) {
        return ReginfoWriter.write(reginfo);
    }

    /**
     * Reads a reginfo document.
     *
     * @throws ReginfoException when the text is not well-formed XML, has a DOCTYPE, is not a {@code reginfo}
     *                          document of the reginfo namespace, or lacks a required attribute or element, or has an
     *                          invalid value; the message names the element
     */
    public static Reginfo decode(String xml) {
        return ReginfoReader.read(xml);
    }
}
