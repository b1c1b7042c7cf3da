package org.imstb.topology.file;

import org.imstb.common.config.FieldErrors;
import org.imstb.common.config.Validatable;

/**
 * A topology file (containerlab style): the lab's {@code name} and its {@code topology}. The name prefixes every
 * object a runtime creates (namespaces, links, run directory), so it is short: a letter, then up to nine letters or
 * digits.
 */
public record TopologyFile(String name, Topology topology) implements Validatable {
    public static final String NAME_PATTERN = "[a-z][a-z0-9]{0,9}";

    @Override
    public void validate(FieldErrors at) {
        at.requireText(name, "name");
        at.require(name.matches(NAME_PATTERN), "name",
                "must be a lowercase letter followed by up to 9 lowercase letters or digits, got '" + name + "'");
        at.require(topology != null, "topology", "is required");
        at.nested(topology, "topology");
    }
}
