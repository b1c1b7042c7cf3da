package org.imstb.ue.as.thirdparty;

import java.io.StringReader;
import java.util.Locale;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The body of a third-party REGISTER (TS 24.229 §5.4.1.7, §7.6): an {@code application/3gpp-ims+xml} document whose
 * {@code <service-info>} carries the iFC's ServiceInfo, and/or {@code message/sip} parts holding the user's REGISTER or
 * the S-CSCF's 200 to it; several parts come as {@code multipart/mixed}. Only what the AS keeps is read: the service
 * info and the first line of each embedded message. Parsing only; no I/O.
 *
 * @param serviceInfo       the text of {@code <service-info>}, or null
 * @param registerRequest   the first line of an embedded REGISTER, e.g. {@code REGISTER sip:domain1.test SIP/2.0}
 * @param registerResponse  the first line of an embedded response, e.g. {@code SIP/2.0 200 OK}
 */
public record ThirdPartyBody(String serviceInfo, String registerRequest, String registerResponse) {
    public static final ThirdPartyBody NONE = new ThirdPartyBody(null, null, null);

    /**
     * Reads a body of {@code type/subtype} ({@code boundary} for multipart); IllegalArgumentException when it cannot
     * be read (bad XML, a multipart body without its boundary).
     */
    public static ThirdPartyBody parse(String type, String subtype, String boundary, String body) {
        if (body == null || body.isEmpty() || type == null) {
            return NONE;
        }
        String t = (type + "/" + subtype).toLowerCase(Locale.ROOT);
        return switch (t) {
            case "application/3gpp-ims+xml" -> new ThirdPartyBody(serviceInfo(body), null, null);
            case "message/sip" -> message(body);
            case "multipart/mixed" -> multipart(boundary, body);
            default -> NONE;
        };
    }

    private static ThirdPartyBody message(String body) {
        String first = body.lines().findFirst().orElse("").trim();
        if (first.startsWith("SIP/2.0")) {
            return new ThirdPartyBody(null, null, first);
        }
        if (first.endsWith("SIP/2.0")) {
            return new ThirdPartyBody(null, first, null);
        }
        throw new IllegalArgumentException("message/sip part is not a SIP message: " + first);
    }

    private static ThirdPartyBody multipart(String boundary, String body) {
        if (boundary == null || boundary.isEmpty()) {
            throw new IllegalArgumentException("multipart body without a boundary");
        }
        ThirdPartyBody out = NONE;
        String delimiter = "--" + boundary;
        String[] chunks = body.split(java.util.regex.Pattern.quote(delimiter), -1);
        if (chunks.length < 2) {
            throw new IllegalArgumentException("multipart body without its boundary " + boundary);
        }
        for (int i = 1; i < chunks.length; i++) {
            String chunk = chunks[i];
            if (chunk.startsWith("--")) {
                break; // the close delimiter
            }
            out = out.merge(part(chunk));
        }
        return out;
    }

    /** One part: headers, an empty line, the content (RFC 2046 §5.1). */
    private static ThirdPartyBody part(String chunk) {
        String c = chunk.replaceFirst("^[ \\t]*\\r?\\n", "");
        int split = c.indexOf("\r\n\r\n");
        int skip = 4;
        if (split < 0) {
            split = c.indexOf("\n\n");
            skip = 2;
        }
        String headers = split < 0 ? c : c.substring(0, split);
        String content = split < 0 ? "" : c.substring(split + skip).replaceFirst("\\r?\\n$", "");
        String type = null;
        for (String line : headers.split("\\r?\\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("Content-Type")) {
                type = line.substring(colon + 1).trim().replaceFirst(";.*$", "").trim();
            }
        }
        if (type == null || !type.contains("/")) {
            return NONE;
        }
        int slash = type.indexOf('/');
        return parse(type.substring(0, slash), type.substring(slash + 1), null, content);
    }

    private ThirdPartyBody merge(ThirdPartyBody o) {
        return new ThirdPartyBody(o.serviceInfo != null ? o.serviceInfo : serviceInfo,
                o.registerRequest != null ? o.registerRequest : registerRequest,
                o.registerResponse != null ? o.registerResponse : registerResponse);
    }

    /** The text of the first {@code <service-info>} element (no DTDs, no external entities). */
    static String serviceInfo(String xml) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader r = f.createXMLStreamReader(new StringReader(xml));
            try {
                String found = null;
                while (r.hasNext()) {
                    if (r.next() == XMLStreamReader.START_ELEMENT && found == null
                            && "service-info".equals(r.getLocalName())) {
                        found = r.getElementText().trim();
                    }
                }
                return found;
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("application/3gpp-ims+xml is not well-formed: "
                    + e.getMessage().lines().reduce((a, b) -> b).orElse(""), e);
        }
    }
}
