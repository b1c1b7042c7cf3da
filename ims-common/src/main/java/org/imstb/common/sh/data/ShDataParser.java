package org.imstb.common.sh.data;

import java.util.ArrayList;
import java.util.List;
import org.imstb.common.cx.userdata.SafeDom;
import org.imstb.common.cx.userdata.UserDataException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the Sh-Data DOM into records. Elements are matched by local name (a namespace is tolerated); elements the
 * testbed does not model are skipped. ServiceData content and iFCs are kept as XML text.
 */
final class ShDataParser {
    static final String ROOT = "Sh-Data";

    private ShDataParser() {
    }

    static ShData parse(String xml) {
        Element root = document(xml, ROOT).getDocumentElement();
        if (!ROOT.equals(root.getLocalName())) {
            throw new ShDataException(ROOT, "wrong root element <" + root.getTagName() + ">");
        }
        List<String> identities = new ArrayList<>();
        Element ids = optionalChild(root, "PublicIdentifiers", ROOT);
        if (ids != null) {
            for (Element e : children(ids, "IMSPublicIdentity")) {
                String text = e.getTextContent().trim();
                if (!text.isEmpty()) {
                    identities.add(text);
                }
            }
        }
        List<Element> repo = children(root, "RepositoryData");
        List<RepositoryData> data = new ArrayList<>(repo.size());
        for (int i = 0; i < repo.size(); i++) {
            data.add(repositoryData(repo.get(i), ROOT + "/RepositoryData[" + (i + 1) + "]"));
        }
        Element ims = optionalChild(root, "Sh-IMS-Data", ROOT);
        return new ShData(identities, data, ims == null ? null : imsData(ims, ROOT + "/Sh-IMS-Data"));
    }

    /** Parses {@code xml} with the hardened DOM parser; {@code root} names it in errors. */
    static Document document(String xml, String root) {
        try {
            return SafeDom.parse(xml, root);
        } catch (UserDataException e) {
            String problem = e.getMessage().substring(Math.min(e.getMessage().length(), e.element().length() + 2));
            throw new ShDataException(root, problem, e);
        }
    }

    private static RepositoryData repositoryData(Element r, String path) {
        String indication = requiredText(r, "ServiceIndication", path);
        int sequence = integer(required(r, "SequenceNumber", path), path + "/SequenceNumber", 0,
                RepositoryData.MAX_SEQUENCE_NUMBER);
        Element data = optionalChild(r, "ServiceData", path);
        return new RepositoryData(indication, sequence, data == null ? null : content(data));
    }

    private static ShImsData imsData(Element ims, String path) {
        Element name = optionalChild(ims, "SCSCFName", path);
        String scscf = name == null || name.getTextContent().isBlank() ? null : name.getTextContent().trim();
        List<String> ifcs = new ArrayList<>();
        Element list = optionalChild(ims, "IFCs", path);
        if (list != null) {
            for (Element ifc : children(list, "InitialFilterCriteria")) {
                ifcs.add(SafeDom.serialise(ifc));
            }
        }
        Element state = optionalChild(ims, "IMSUserState", path);
        ImsUserState s = null;
        if (state != null) {
            s = ImsUserState.of(integer(state, path + "/IMSUserState", 0, 3));
        }
        return new ShImsData(scscf, ifcs, s);
    }

    /** The children of {@code e} as XML text, trimmed; null when there are none. */
    static String content(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            switch (n.getNodeType()) {
                case Node.ELEMENT_NODE -> sb.append(SafeDom.serialise((Element) n));
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> sb.append(escape(n.getNodeValue()));
                default -> {
                    // comments and processing instructions are not data
                }
            }
        }
        String s = sb.toString().strip();
        return s.isEmpty() ? null : s;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static List<Element> children(Element parent, String name) {
        return SafeDom.children(parent, name);
    }

    private static Element optionalChild(Element parent, String name, String path) {
        List<Element> found = children(parent, name);
        if (found.size() > 1) {
            throw new ShDataException(path, name + " repeated");
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private static Element required(Element parent, String name, String path) {
        Element e = optionalChild(parent, name, path);
        if (e == null) {
            throw new ShDataException(path, name + " missing");
        }
        return e;
    }

    private static String requiredText(Element parent, String name, String path) {
        String text = required(parent, name, path).getTextContent().trim();
        if (text.isEmpty()) {
            throw new ShDataException(path, name + " empty");
        }
        return text;
    }

    private static int integer(Element e, String path, int min, int max) {
        String text = e.getTextContent().trim();
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException ex) {
            throw new ShDataException(path, "not an integer: '" + text + "'");
        }
        if (value < min || value > max) {
            throw new ShDataException(path, "out of range " + min + ".." + max + ": " + value);
        }
        return value;
    }
}
