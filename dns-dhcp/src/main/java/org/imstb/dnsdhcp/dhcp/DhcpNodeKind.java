package org.imstb.dnsdhcp.dhcp;

import org.imstb.common.node.Node;
import org.imstb.common.node.NodeContext;
import org.imstb.common.node.NodeKind;

/** Registers the {@code dhcp} node kind. */
public final class DhcpNodeKind implements NodeKind<DhcpConfig> {
    @Override
    public String name() {
        return "dhcp";
    }

    @Override
    public Class<DhcpConfig> configType() {
        return DhcpConfig.class;
    }

    @Override
    public Node create(NodeContext context, DhcpConfig config) {
        return new DhcpNode(context, config);
    }
}
