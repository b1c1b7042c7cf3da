package org.imstb.common.trace.hep;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imstb.common.trace.TraceRecord;

/**
 * The HEP payload of a Diameter trace record: a JSON object, which is what Homer's Diameter protocol type carries
 * (captagent and heplify send JSON renderings too, never the wire bytes). Built from the record's decoded listing
 * ({@code org.imstb.common.diameter.codec.DiameterText#render}): the header fields, then the AVPs as a tree:
 *
 * <pre>{@code
 * {"node":"icscf1","direction":"OUT","peer":"hss.domain1.test","summary":"UAR sip:alice@domain1.test",
 *  "command":"UAR","commandCode":300,"request":true,"flags":"RP--","applicationId":16777216,
 *  "hopByHop":"1a2b","endToEnd":"3c4d","sessionId":"icscf.domain1.test;1;2",
 *  "avps":[{"name":"Session-Id","value":"icscf.domain1.test;1;2"},
 *          {"name":"Vendor-Specific-Application-Id","avps":[{"name":"Vendor-Id","value":"10415"}, ...]}, ...]}
 * }</pre>
 *
 * A listing whose header line is not recognised is sent whole, as {@code "text"}. A codec: no I/O.
 */
final class DiameterJson {
    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern HEADER = Pattern.compile(
            "(\\S+) \\((\\d{1,10})\\) flags=([R-][P-][E-][T-]) app=(\\d{1,10}) hbh=([0-9a-f]+) e2e=([0-9a-f]+)");
    private static final Pattern AVP = Pattern.compile(
            "((?:  )+)([A-Za-z][A-Za-z0-9-]*|AVP \\d+(?:/\\d+)?)(?: = (.*)|:)");

    private DiameterJson() {
    }

    /** The JSON payload and the id that correlates the message (its Session-Id if any). */
    record Payload(byte[] json, String correlationId) {
    }

    static Payload of(TraceRecord r) {
        String text = r.message() == null ? "" : r.message();
        String[] lines = text.split("\n", -1);
        Matcher h = HEADER.matcher(lines[0]);
        boolean parsed = h.matches();
        List<Avp> avps = parsed ? avps(lines) : List.of();
        String sessionId = null;
        for (Avp a : avps) {
            if (a.name.equals("Session-Id") && a.value != null) {
                sessionId = a.value.toString();
                break;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("node", r.node());
            g.writeStringField("direction", r.direction() == null ? null : r.direction().name());
            g.writeStringField("peer", r.remote());
            g.writeStringField("summary", r.summary());
            if (parsed) {
                g.writeStringField("command", h.group(1));
                g.writeNumberField("commandCode", Long.parseLong(h.group(2)));
                g.writeBooleanField("request", h.group(3).charAt(0) == 'R');
                g.writeStringField("flags", h.group(3));
                g.writeNumberField("applicationId", Long.parseLong(h.group(4)));
                g.writeStringField("hopByHop", h.group(5));
                g.writeStringField("endToEnd", h.group(6));
                if (sessionId != null) {
                    g.writeStringField("sessionId", sessionId);
                }
                g.writeFieldName("avps");
                write(g, avps);
            } else {
                g.writeStringField("text", text);
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot render Diameter JSON", e));
        }
        String correlation = sessionId != null ? sessionId : parsed ? "e2e:" + h.group(6) : "unknown";
        return new Payload(out.toByteArray(), correlation);
    }

    /** The AVP tree of a listing: two spaces of indentation per level; other lines continue the previous value. */
    private static List<Avp> avps(String[] lines) {
        List<Avp> top = new ArrayList<>();
        List<List<Avp>> levels = new ArrayList<>();
        levels.add(top);
        Avp last = null;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            Matcher m = AVP.matcher(line);
            int depth = m.matches() ? m.group(1).length() / 2 : -1;
            if (depth >= 1 && depth <= levels.size()) {
                Avp a = new Avp(m.group(2), m.group(3));
                while (levels.size() > depth) {
                    levels.remove(levels.size() - 1);
                }
                levels.get(depth - 1).add(a);
                if (a.value == null) {
                    levels.add(a.children);
                }
                last = a;
            } else if (last != null && last.value != null && !(line.isEmpty() && i == lines.length - 1)) {
                last.value.append('\n').append(line); // a value with line breaks (e.g. Sh User-Data XML)
            }
        }
        return top;
    }

    private static void write(JsonGenerator g, List<Avp> avps) throws IOException {
        g.writeStartArray();
        for (Avp a : avps) {
            g.writeStartObject();
            g.writeStringField("name", a.name);
            if (a.value != null) {
                g.writeStringField("value", a.value.toString());
            } else {
                g.writeFieldName("avps");
                write(g, a.children);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** One AVP of the listing: a value, or (grouped) children. */
    private static final class Avp {
        final String name;
        final StringBuilder value;
        final List<Avp> children = new ArrayList<>();

        Avp(String name, String value) {
            this.name = name;
            this.value = value == null ? null : new StringBuilder(value);
        }
    }
}
