package org.imstb.common.cx.userdata;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads the {@code IMSSubscription} DOM into records. Elements are matched by local name (the document has no
 * namespace; one is tolerated); unknown elements, such as {@code SharedIFCSetID} or the iFC trigger points, are
 * skipped. Paths in errors are relative to the root, with 1-based indexes.
 */
final class UserDataParser {
    private static final String ROOT = "IMSSubscription";

    private UserDataParser() {
    }

    static ImsSubscription parse(String xml) {
        Document doc = SafeDom.parse(xml, ROOT);
        Element root = doc.getDocumentElement();
        if (!ROOT.equals(root.getLocalName())) {
            throw new UserDataException(ROOT, "wrong root element <" + root.getTagName() + ">");
        }
        String privateId = requiredText(root, "PrivateID", ROOT);
        List<Element> profiles = children(root, "ServiceProfile");
        if (profiles.isEmpty()) {
            throw new UserDataException(ROOT, "ServiceProfile missing");
        }
        List<ServiceProfile> result = new ArrayList<>(profiles.size());
        for (int i = 0; i < profiles.size(); i++) {
            result.add(serviceProfile(profiles.get(i), "ServiceProfile[" + (i + 1) + "]"));
        }
        return new ImsSubscription(privateId, result);
    }

    private static ServiceProfile serviceProfile(Element sp, String path) {
        List<Element> identities = children(sp, "PublicIdentity");
        if (identities.isEmpty()) {
            throw new UserDataException(path, "PublicIdentity missing");
        }
        List<PublicIdentity> publicIdentities = new ArrayList<>(identities.size());
        for (int i = 0; i < identities.size(); i++) {
            publicIdentities.add(publicIdentity(identities.get(i), path + "/PublicIdentity[" + (i + 1) + "]"));
        }
        int mediaProfile = -1;
        Element cnsa = optionalChild(sp, "CoreNetworkServicesAuthorization", path);
        if (cnsa != null) {
            String p = path + "/CoreNetworkServicesAuthorization";
            mediaProfile = optionalInt(cnsa, "SubscribedMediaProfileId", p, 0, Integer.MAX_VALUE, -1);
        }
        List<Element> ifcElements = children(sp, "InitialFilterCriteria");
        List<InitialFilterCriteria> ifcs = new ArrayList<>(ifcElements.size());
        for (int i = 0; i < ifcElements.size(); i++) {
            ifcs.add(ifc(ifcElements.get(i), path + "/InitialFilterCriteria[" + (i + 1) + "]"));
        }
        return new ServiceProfile(publicIdentities, mediaProfile, ifcs);
    }

    private static PublicIdentity publicIdentity(Element pi, String path) {
        boolean barred = false;
        Element barring = optionalChild(pi, "BarringIndication", path);
        if (barring != null) {
            barred = bool(barring, path + "/BarringIndication");
        }
        String identity = requiredText(pi, "Identity", path);
        int type = PublicIdentity.PUBLIC_USER_IDENTITY;
        String wildcarded = null;
        String displayName = null;
        Element ext = optionalChild(pi, "Extension", path);
        if (ext != null) {
            String extPath = path + "/Extension";
            type = optionalInt(ext, "IdentityType", extPath, 0, Integer.MAX_VALUE, type);
            wildcarded = optionalText(ext, "WildcardedPSI", extPath);
            Element ext2 = optionalChild(ext, "Extension", extPath);
            if (ext2 != null) {
                displayName = optionalText(ext2, "DisplayName", extPath + "/Extension");
            }
        }
        return new PublicIdentity(identity, barred, type, displayName, wildcarded);
    }

    private static InitialFilterCriteria ifc(Element ifc, String path) {
        Element priority = optionalChild(ifc, "Priority", path);
        if (priority == null) {
            throw new UserDataException(path, "Priority missing");
        }
        int prio = integer(priority, path + "/Priority", Integer.MIN_VALUE, Integer.MAX_VALUE);
        Element as = optionalChild(ifc, "ApplicationServer", path);
        if (as == null) {
            throw new UserDataException(path, "ApplicationServer missing");
        }
        String asPath = path + "/ApplicationServer";
        String serverName = requiredText(as, "ServerName", asPath);
        int handling = optionalInt(as, "DefaultHandling", asPath, 0, 1, InitialFilterCriteria.SESSION_CONTINUED);
        Element info = optionalChild(as, "ServiceInfo", asPath);
        String serviceInfo = info == null ? null : info.getTextContent();
        int ppi = optionalInt(ifc, "ProfilePartIndicator", path, 0, 1, -1);
        return new InitialFilterCriteria(prio, SafeDom.serialise(ifc), serverName, handling, serviceInfo, ppi);
    }

    private static List<Element> children(Element parent, String name) {
        return SafeDom.children(parent, name);
    }

    /** The single child {@code name}, or null; a repeated one is an error. */
    private static Element optionalChild(Element parent, String name, String path) {
        List<Element> found = children(parent, name);
        if (found.size() > 1) {
            throw new UserDataException(path, name + " repeated");
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private static String requiredText(Element parent, String name, String path) {
        String text = optionalText(parent, name, path);
        if (text == null) {
            throw new UserDataException(path, name + " missing");
        }
        return text;
    }

    /** The trimmed text of the single child {@code name}; null when absent or empty. */
    private static String optionalText(Element parent, String name, String path) {
        Element e = optionalChild(parent, name, path);
        if (e == null) {
            return null;
        }
        String text = e.getTextContent().trim();
        return text.isEmpty() ? null : text;
    }

    private static int optionalInt(Element parent, String name, String path, int min, int max, int absent) {
        Element e = optionalChild(parent, name, path);
        return e == null ? absent : integer(e, path + "/" + name, min, max);
    }

    private static int integer(Element e, String path, int min, int max) {
        String text = e.getTextContent().trim();
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException ex) {
            throw new UserDataException(path, "not an integer: '" + text + "'");
        }
        if (value < min || value > max) {
            throw new UserDataException(path, "out of range " + min + ".." + max + ": " + value);
        }
        return value;
    }

    /** An XML Schema boolean (tBool): 0, 1, false or true. */
    private static boolean bool(Element e, String path) {
        String text = e.getTextContent().trim();
        return switch (text) {
            case "1", "true" -> true;
            case "0", "false" -> false;
            default -> throw new UserDataException(path, "not a boolean (0|1): '" + text + "'");
        };
    }
}
