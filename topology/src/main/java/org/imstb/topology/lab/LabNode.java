package org.imstb.topology.lab;

import java.util.List;
import org.imstb.topology.file.NodeEntry;
import org.imstb.topology.file.NodeKind;

/**
 * One node of a planned lab: where it sits and how it is reached. {@code domain} and {@code host} are null for nodes
 * outside any operator domain (dns, router); ports are 0 for services the kind does not have.
 *
 * @param name        the node name, e.g. {@code pcscf1}
 * @param kind        its kind
 * @param group       its group (operator domain) name, or null
 * @param domain      its domain, e.g. {@code domain1.test}, or null
 * @param host        its fully qualified host name, e.g. {@code pcscf.domain1.test}, or null
 * @param ports       its attachments to networks, the first is its main address
 * @param sipPort     SIP port (UDP and TCP) for CSCFs and application servers
 * @param diameterPort Diameter port for HSS, I-CSCF, S-CSCF and application servers (Sh)
 * @param dnsPort     DNS port for the dns node
 * @param mgmtAddress where its management endpoint listens
 * @param mgmtPort    the management port (0: any free one, written to {@code <node>.mgmt})
 * @param entry       its entry in the topology file
 */
public record LabNode(String name, NodeKind kind, String group, String domain, String host, List<Attachment> ports,
        int sipPort, int diameterPort, int dnsPort, String mgmtAddress, int mgmtPort, NodeEntry entry) {

    /** The node's main address (its first attachment's). */
    public String address() {
        return ports.isEmpty() ? null : ports.get(0).address();
    }

    /** The node's SIP URI with port, e.g. {@code sip:scscf.domain1.test:5060}. */
    public String sipUri() {
        return "sip:" + host + ":" + sipPort;
    }

    /** An attachment to a network: the address there and optional shaping. */
    public record Attachment(String network, String address, String rate, String delay, String loss) {
    }
}
