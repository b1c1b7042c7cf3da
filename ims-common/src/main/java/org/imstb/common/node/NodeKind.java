package org.imstb.common.node;

/**
 * One kind of node (hss, pcscf, ...) in the registry that the launcher reads through {@link java.util.ServiceLoader}.
 * Each node module lists its implementation in {@code META-INF/services/org.imstb.common.node.NodeKind}.
 *
 * @param <C> the node's configuration type, bound from the node's YAML file
 */
public interface NodeKind<C extends NodeConfig> {
    /** The kind's name as used on the command line and in topology files, e.g. {@code hss}. */
    String name();

    /** The configuration class the node's YAML binds to. */
    Class<C> configType();

    /** Creates (does not start) a node. */
    Node create(NodeContext context, C config);
}
