package org.imstb.dnsdhcp;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.imstb.common.node.NodeKinds;
import org.imstb.dnsdhcp.dhcp.DhcpNodeKind;
import org.imstb.dnsdhcp.dns.DnsNodeKind;
import org.junit.jupiter.api.Test;

class NodeKindsTest {
    @Test
    void bothKindsAreRegistered() {
        assertInstanceOf(DnsNodeKind.class, NodeKinds.find("dns"));
        assertInstanceOf(DhcpNodeKind.class, NodeKinds.find("dhcp"));
    }
}
