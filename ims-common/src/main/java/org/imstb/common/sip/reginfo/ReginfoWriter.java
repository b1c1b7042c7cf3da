package org.imstb.common.sip.reginfo;

/** Writes {@link Reginfo} as text in the RFC 3680 example layout; see {@link ReginfoXml#encode}. */
final class ReginfoWriter {
    private final StringBuilder out = new StringBuilder(512);

    private ReginfoWriter() {
    }

    static String write(Reginfo reginfo) {
        ReginfoWriter w = new ReginfoWriter();
        w.reginfo(reginfo);
        return w.out.toString();
    }

    private void reginfo(Reginfo r) {
        out.append("<?xml version=\"1.0\"?>\n");
        out.append("<reginfo xmlns=\"").append(ReginfoXml.NAMESPACE).append('"');
        out.append(" version=\"").append(r.version()).append('"');
        out.append(" state=\"").append(r.state().xml()).append('"');
        if (r.registrations().isEmpty()) {
            out.append("/>\n");
            return;
        }
        out.append(">\n");
        for (int i = 0; i < r.registrations().size(); i++) {
            registration(r.registrations().get(i), "reginfo/registration[" + (i + 1) + "]");
        }
        out.append("</reginfo>\n");
    }

    private void registration(Registration reg, String path) {
        out.append("  <registration");
        attribute("aor", reg.aor(), path);
        attribute("id", reg.id(), path);
        attribute("state", reg.state().xml(), path);
        if (reg.contacts().isEmpty()) {
            out.append("/>\n");
            return;
        }
        out.append(">\n");
        for (int i = 0; i < reg.contacts().size(); i++) {
            contact(reg.contacts().get(i), path + "/contact[" + (i + 1) + "]");
        }
        out.append("  </registration>\n");
    }

    private void contact(Contact c, String path) {
        out.append("    <contact");
        attribute("id", c.id(), path);
        attribute("state", c.state().xml(), path);
        attribute("event", c.event().xml(), path);
        if (c.expires() != null) {
            attribute("expires", c.expires().toString(), path);
        }
        out.append(">\n");
        element("uri", c.uri(), path);
        if (c.displayName() != null) {
            element("display-name", c.displayName(), path);
        }
        out.append("    </contact>\n");
    }

    private void attribute(String name, String value, String path) {
        out.append(' ').append(name).append("=\"");
        escape(value, true, path + "@" + name);
        out.append('"');
    }

    private void element(String name, String text, String path) {
        out.append("      <").append(name).append('>');
        escape(text, false, path + "/" + name);
        out.append("</").append(name).append(">\n");
    }

    /**
     * Appends {@code s} escaped for XML text or a double-quoted attribute. CR is always written as a character
     * reference (parsers would normalise it away), and so are TAB and LF in attributes (attribute normalisation).
     */
    private void escape(String s, boolean attribute, String path) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        throw new ReginfoException(path, String.format(
                                "character U+%04X cannot be carried in XML", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
