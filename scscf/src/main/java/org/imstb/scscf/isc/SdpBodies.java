package org.imstb.scscf.isc;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the SDP in a message body: the body itself when it is application/sdp, else the first application/sdp part
 * of a multipart body (RFC 2046 §5.1; nested multiparts are searched too, up to a small depth). A simple boundary
 * split, enough for the bodies UEs and ASs send; no transfer encodings are undone.
 */
final class SdpBodies {
    private static final int MAX_DEPTH = 4;

    private SdpBodies() {
    }

    /**
     * @param mediaType "type/subtype" of the body
     * @param boundary  the boundary parameter (quotes allowed), or null
     * @return the SDP text, or null when there is none
     */
    static String sdp(String mediaType, String boundary, String body) {
        return find(mediaType, boundary, body, 0);
    }

    private static String find(String mediaType, String boundary, String body, int depth) {
        String type = mediaType == null ? "" : mediaType.strip().toLowerCase(Locale.ROOT);
        if (type.equals("application/sdp")) {
            return body;
        }
        if (!type.startsWith("multipart/") || boundary == null || depth >= MAX_DEPTH) {
            return null;
        }
        String b = unquote(boundary.strip());
        if (b.isEmpty()) {
            return null;
        }
        String delimiter = "--" + b;
        String[] parts = body.split("(?:^|\r?\n)" + Pattern.quote(delimiter), -1);
        // parts[0] is the preamble; a part starting with "--" is the close delimiter and the epilogue
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (part.startsWith("--")) {
                break;
            }
            String found = part(part, depth);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** One part: the rest of the delimiter line, the part headers, an empty line, the part body. */
    private static String part(String part, int depth) {
        int lineEnd = part.indexOf('\n');
        if (lineEnd < 0) {
            return null;
        }
        String rest = part.substring(lineEnd + 1);
        String contentType = null;
        String boundary = null;
        int pos = 0;
        while (true) {
            int eol = rest.indexOf('\n', pos);
            String line = (eol < 0 ? rest.substring(pos) : rest.substring(pos, eol)).replace("\r", "");
            if (line.isEmpty() || eol < 0) {
                pos = eol < 0 ? rest.length() : eol + 1;
                break;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                String name = line.substring(0, colon).strip();
                if (name.equalsIgnoreCase("Content-Type") || name.equals("c")) {
                    String value = line.substring(colon + 1);
                    String[] params = value.split(";");
                    contentType = params[0];
                    for (int i = 1; i < params.length; i++) {
                        int eq = params[i].indexOf('=');
                        if (eq > 0 && params[i].substring(0, eq).strip().equalsIgnoreCase("boundary")) {
                            boundary = params[i].substring(eq + 1);
                        }
                    }
                }
            }
            pos = eol + 1;
        }
        String partBody = rest.substring(pos);
        // a part without Content-Type is text/plain (RFC 2046 §5.1)
        return contentType == null ? null : find(contentType, boundary, partBody, depth + 1);
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
