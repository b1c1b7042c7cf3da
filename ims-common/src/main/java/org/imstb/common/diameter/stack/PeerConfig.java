package org.imstb.common.diameter.stack;

import org.imstb.common.config.FieldErrors;
import org.imstb.common.config.Validatable;

/**
 * A Diameter peer.
 *
 * @param host    the peer's Diameter identity, a host name that resolves to its (IPv6) address. jDiameter does not
 *                accept IPv6 literals in peer URIs, so peers are always named by host name.
 * @param port    its Diameter port; default 3868
 * @param realm   its realm; default our own realm
 * @param connect true if we open the connection (clients); false if we wait for it (servers, e.g. the HSS)
 */
public record PeerConfig(String host, Integer port, String realm, Boolean connect) implements Validatable {
    public PeerConfig {
        port = port == null ? 3868 : port;
        connect = connect == null || connect;
    }

    @Override
    public void validate(FieldErrors at) {
        at.requireText(host, "host");
        at.require(!host.contains(":") && !host.startsWith("["), "host",
                "must be a host name, not an IP literal (jDiameter peer URIs reject IPv6 literals): " + host);
        at.requirePort(port, "port");
    }
}
