package org.imstb.common.node;

import org.imstb.common.config.FieldErrors;
import org.imstb.common.config.Validatable;

/**
 * The management HTTP endpoint ({@code /health}, {@code /ready}, {@code /metrics}).
 *
 * @param address listen address (an IPv6 literal or a host name); default {@code ::1}
 * @param port    listen port; 0 picks a free one (written to {@code <node>.mgmt} in the run directory)
 */
public record ManagementConfig(String address, Integer port) implements Validatable {
    public ManagementConfig {
        address = address == null ? "::1" : address;
        port = port == null ? 0 : port;
    }

    /** The default: loopback, any free port. */
    public static ManagementConfig defaults() {
        return new ManagementConfig(null, null);
    }

    @Override
    public void validate(FieldErrors at) {
        at.requireText(address, "address");
        at.requirePort(port, "port");
    }
}
