package org.imstb.topology.file;

import java.util.List;
import org.imstb.common.config.FieldErrors;
import org.imstb.common.config.Validatable;

/**
 * A link: a node's attachment to a network, {@code endpoints: [node, network]}, with optional shaping of what the
 * network sends towards the node: {@code rate} (tc tbf, e.g. {@code 10mbit}), {@code delay} and {@code loss} (tc netem,
 * applied only where the kernel has sch_netem). A link that the nodes' own entries do not already imply adds the
 * attachment (e.g. a second network for a node).
 */
public record LinkEntry(List<String> endpoints, String rate, String delay, String loss) implements Validatable {
    @Override
    public void validate(FieldErrors at) {
        at.require(endpoints != null && endpoints.size() == 2, "endpoints",
                "must name two endpoints: a node and a network, e.g. [router, net3]");
        at.require(rate == null || rate.matches("\\d+(\\.\\d+)?([kmg]?bit|[kmg]?bps)"), "rate",
                "must be a tc rate such as 10mbit or 512kbit, got " + rate);
        at.require(delay == null || delay.matches("\\d+(\\.\\d+)?(us|ms|s)"), "delay",
                "must be a tc time such as 20ms, got " + delay);
        at.require(loss == null || loss.matches("\\d+(\\.\\d+)?%"), "loss", "must be a percentage such as 0.5%, got "
                + loss);
    }
}
