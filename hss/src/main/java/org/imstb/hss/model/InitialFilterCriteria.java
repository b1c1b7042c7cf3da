package org.imstb.hss.model;

import java.util.Objects;

/**
 * One initial filter criterion, kept as the XML text of its {@code <InitialFilterCriteria>} element (TS 29.228
 * Annex B/E) together with the values the HSS needs without parsing it again: its priority and the SIP URI of the
 * application server it routes to. Build instances from XML with {@link #parse(String)}, which checks the element.
 *
 * @param priority   the {@code <Priority>} value
 * @param serverName the {@code <ApplicationServer><ServerName>} URI
 * @param xml        the element as provisioned
 */
public record InitialFilterCriteria(int priority, String serverName, String xml) {

    public InitialFilterCriteria {
        Objects.requireNonNull(serverName, "serverName");
        Objects.requireNonNull(xml, "xml");
    }

    /**
     * Parses and checks an {@code <InitialFilterCriteria>} element.
     *
     * @throws IllegalArgumentException naming the element at fault when the text is not well-formed XML or not an
     *                                  InitialFilterCriteria element
     */
    public static InitialFilterCriteria parse(String xml) {
        return IfcParser.parse(xml);
    }
}
