package org.imstb.topology.lab;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.imstb.topology.file.GroupEntry;
import org.imstb.topology.file.NodeKind;
import org.imstb.topology.file.Subscriber;
import org.imstb.topology.file.TopologyFile;

/**
 * A topology placed by a runtime's {@link Addressing}: every node with its addresses, host name and ports. Config
 * generation, hosts files, DNS zones and the runtimes all read it.
 *
 * @param source the topology file (null for the built-in default); relative paths in it are resolved against it
 */
public record Lab(String name, Path source, TopologyFile file, List<LabNode> nodes) {

    public LabNode node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no node " + name + " in lab " + this.name
                        + " (nodes: " + nodes.stream().map(LabNode::name).toList() + ")"));
    }

    /** Nodes of {@code kind} in {@code group}, in file order. */
    public List<LabNode> inGroup(String group, NodeKind kind) {
        return nodes.stream().filter(n -> group.equals(n.group()) && n.kind() == kind).toList();
    }

    /** The first node of {@code kind} in {@code group}. */
    public Optional<LabNode> first(String group, NodeKind kind) {
        return inGroup(group, kind).stream().findFirst();
    }

    /** The lab's DNS node, if it has one. */
    public Optional<LabNode> dns() {
        return nodes.stream().filter(n -> n.kind() == NodeKind.DNS).findFirst();
    }

    public GroupEntry group(String name) {
        return file.topology().groups().get(name);
    }

    /** The subscriber a UE node acts as. */
    public Subscriber subscriber(LabNode ue) {
        return group(ue.group()).subscribers().stream().filter(s -> s.user().equals(ue.entry().subscriber()))
                .findFirst().orElseThrow();
    }

    /** Resolves a path written in the topology file. */
    public Path resolve(String relative) {
        Path p = Path.of(relative);
        if (p.isAbsolute() || source == null) {
            return p.toAbsolutePath();
        }
        return source.toAbsolutePath().getParent().resolve(p);
    }
}
