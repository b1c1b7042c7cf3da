package org.imstb.topology.file;

import java.util.List;
import java.util.Map;
import org.imstb.common.config.FieldErrors;
import org.imstb.common.config.Validatable;

/**
 * One node: its {@code kind}, the {@code group} (operator domain) it belongs to, the network(s) it sits on (default:
 * its group's network; {@code networks} for a router or a node on several), an optional fixed {@code address} on its
 * first network, its DNS {@code host} label in the domain (default: the kind, e.g. {@code pcscf}; for an {@code as}
 * its node name), the {@code subscriber} a UE acts as, and per-node {@code config}/{@code jvmOptions}.
 * {@code configFile} names a YAML file (relative to the topology file) merged over everything else: the per-node
 * override file.
 */
public record NodeEntry(String kind, String group, List<String> networks, String address, String host,
        String subscriber, Map<String, Object> config, List<String> jvmOptions, String configFile)
        implements Validatable {
    public NodeEntry {
        networks = networks == null ? List.of() : List.copyOf(networks);
    }

    public NodeKind nodeKind() {
        return NodeKind.of(kind);
    }

    public Settings settings() {
        return new Settings(config, jvmOptions);
    }

    @Override
    public void validate(FieldErrors at) {
        at.requireText(kind, "kind");
        at.require(NodeKind.of(kind) != null, "kind", "unknown kind '" + kind + "' (known: " + NodeKind.ids() + ")");
        at.require(address == null || NetworkEntry.isIpv6(address), "address",
                "must be an IPv6 address, got " + address);
        at.require(host == null || host.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?"), "host",
                "must be one DNS label such as scscf2, got " + host);
        settings().validate(at);
    }
}
