package org.imstb.topology.runtime.netns;

import java.util.regex.Pattern;

/** Names of a lab's kernel objects, and validation of the names they are built from. */
final class FabricNames {
    /** Linux interface names are at most this long (IFNAMSIZ - 1). */
    static final int IFNAME_MAX = 15;
    static final String PREFIX = "imstb-";
    /** The switch namespace's suffix; no node may take it. */
    static final String SWITCH = "sw";
    /** The bridge in the switch namespace that joins every mgmt0 and the host link. */
    static final String MGMT_BRIDGE = "mgmt";
    /** The switch-side name of the host link's peer. */
    static final String HOST_PEER = "mgmt-host";
    /** Member-side name of the management port. */
    static final String MGMT_IF = "mgmt0";

    private static final Pattern LAB = Pattern.compile("[a-z][a-z0-9]{0,9}");
    private static final Pattern NODE = Pattern.compile("[a-z][a-z0-9-]{0,19}");
    private static final Pattern NETWORK = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private FabricNames() {
    }

    static String lab(String lab) {
        if (lab == null || !LAB.matcher(lab).matches()) {
            throw new IllegalArgumentException("bad lab name '" + lab + "': must match " + LAB.pattern());
        }
        return lab;
    }

    static String node(String node) {
        if (node == null || !NODE.matcher(node).matches()) {
            throw new IllegalArgumentException("bad node name '" + node + "': must match " + NODE.pattern());
        }
        if (SWITCH.equals(node)) {
            throw new IllegalArgumentException("node name '" + SWITCH + "' is reserved for the switch namespace");
        }
        return node;
    }

    static String network(String network) {
        if (network == null || !NETWORK.matcher(network).matches()) {
            throw new IllegalArgumentException("bad network name '" + network + "': must match " + NETWORK.pattern());
        }
        return network;
    }

    /** Whether {@code suffix} (what follows {@code imstb-<lab>-}) names a lab namespace: a node or the switch. */
    static boolean isLabSuffix(String suffix) {
        return NODE.matcher(suffix).matches();
    }

    static String namespacePrefix(String lab) {
        return PREFIX + lab(lab) + "-";
    }

    static String namespace(String lab, String node) {
        return namespacePrefix(lab) + node(node);
    }

    static String switchNamespace(String lab) {
        return namespacePrefix(lab) + SWITCH;
    }

    static String bridge(String network) {
        return truncate(network(network), IFNAME_MAX);
    }

    /** The lab's only link in the host namespace. */
    static String hostLink(String lab) {
        return lab(lab) + "-mgmt";
    }

    static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
