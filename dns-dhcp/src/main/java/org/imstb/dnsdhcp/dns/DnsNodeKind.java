package org.imstb.dnsdhcp.dns;

import org.imstb.common.node.Node;
import org.imstb.common.node.NodeContext;
import org.imstb.common.node.NodeKind;

/** Registers the {@code dns} node kind. */
public final class DnsNodeKind implements NodeKind<DnsConfig> {
    @Override
    public String name() {
        return "dns";
    }

    @Override
    public Class<DnsConfig> configType() {
        return DnsConfig.class;
    }

    @Override
    public Node create(NodeContext context, DnsConfig config) {
        return new DnsNode(context, config);
    }
}
