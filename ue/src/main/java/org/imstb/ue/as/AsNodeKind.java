package org.imstb.ue.as;

import org.imstb.common.node.Node;
import org.imstb.common.node.NodeContext;
import org.imstb.common.node.NodeKind;

/** Registers the {@code as} node kind (the example application server). */
public final class AsNodeKind implements NodeKind<AsConfig> {
    @Override
    public String name() {
        return "as";
    }

    @Override
    public Class<AsConfig> configType() {
        return AsConfig.class;
    }

    @Override
    public Node create(NodeContext context, AsConfig config) {
        return new AsNode(context, config);
    }
}
