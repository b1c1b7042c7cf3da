package org.imstb.scscf;

import org.imstb.common.node.Node;
import org.imstb.common.node.NodeContext;
import org.imstb.common.node.NodeKind;

/** Registers the {@code scscf} node kind. */
public final class ScscfNodeKind implements NodeKind<ScscfConfig> {
    @Override
    public String name() {
        return "scscf";
    }

    @Override
    public Class<ScscfConfig> configType() {
        return ScscfConfig.class;
    }

    @Override
    public Node create(NodeContext context, ScscfConfig config) {
        return new ScscfNode(context, config);
    }
}
