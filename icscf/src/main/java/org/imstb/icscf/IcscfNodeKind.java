package org.imstb.icscf;

import org.imstb.common.node.Node;
import org.imstb.common.node.NodeContext;
import org.imstb.common.node.NodeKind;

/** Registers the {@code icscf} node kind. */
public final class IcscfNodeKind implements NodeKind<IcscfConfig> {
    @Override
    public String name() {
        return "icscf";
    }

    @Override
    public Class<IcscfConfig> configType() {
        return IcscfConfig.class;
    }

    @Override
    public Node create(NodeContext context, IcscfConfig config) {
        return new IcscfNode(context, config);
    }
}
