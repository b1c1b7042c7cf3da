package org.imstb.hss;

import org.imstb.common.node.Node;
import org.imstb.common.node.NodeContext;
import org.imstb.common.node.NodeKind;

/** Registers the {@code hss} node kind. */
public final class HssNodeKind implements NodeKind<HssConfig> {
    @Override
    public String name() {
        return "hss";
    }

    @Override
    public Class<HssConfig> configType() {
        return HssConfig.class;
    }

    @Override
    public Node create(NodeContext context, HssConfig config) {
        return new HssNode(context, config);
    }
}
