package org.imstb.pcscf;

import org.imstb.common.node.Node;
import org.imstb.common.node.NodeContext;
import org.imstb.common.node.NodeKind;

/** Registers the {@code pcscf} node kind. */
public final class PcscfNodeKind implements NodeKind<PcscfConfig> {
    @Override
    public String name() {
        return "pcscf";
    }

    @Override
    public Class<PcscfConfig> configType() {
        return PcscfConfig.class;
    }

    @Override
    public Node create(NodeContext context, PcscfConfig config) {
        return new PcscfNode(context, config);
    }
}
