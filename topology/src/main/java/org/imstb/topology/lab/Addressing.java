package org.imstb.topology.lab;

import org.imstb.topology.file.NodeKind;

/**
 * How a runtime places nodes: addresses and ports. The netns runtime gives every node its own address in its networks
 * and the standard ports; the local runtime puts every node on {@code ::1} with distinct ports.
 */
public interface Addressing {
    /** The address of {@code node} on a network whose prefix base is {@code base}, given the planned address. */
    String address(String node, String base, String planned);

    /** The port of {@code service} ({@code sip}, {@code diameter}, {@code dns}) of a node, given the standard port. */
    int port(String node, NodeKind kind, String service, int standard);

    /** Where the node's management endpoint listens. */
    String mgmtAddress(String node, int index);

    /** The management port (0 = any free one). */
    int mgmtPort(String node);
}
