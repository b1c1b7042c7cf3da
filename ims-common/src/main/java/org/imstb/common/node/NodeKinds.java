package org.imstb.common.node;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The registry of node kinds found on the class path. */
public final class NodeKinds {
    private NodeKinds() {
    }

    /** All kinds by name. */
    public static Map<String, NodeKind<?>> all() {
        Map<String, NodeKind<?>> kinds = new TreeMap<>();
        for (NodeKind<?> k : ServiceLoader.load(NodeKind.class)) {
            kinds.put(k.name(), k);
        }
        return kinds;
    }

    /** The kind called {@code name}; the exception lists the kinds that exist. */
    public static NodeKind<?> find(String name) {
        NodeKind<?> k = all().get(name);
        if (k == null) {
            throw new IllegalArgumentException("unknown node kind '" + name + "'; known kinds: "
                    + String.join(", ", all().keySet()));
        }
        return k;
    }
}
