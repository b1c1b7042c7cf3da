package org.imstb.common.testing;

import org.imstb.common.sip.SipPorts;

/**
 * Free ports on the IPv6 loopback, outside the ephemeral range, so tests never collide with other users of the
 * shared loopback nor with the source ports of outgoing connections.
 */
public final class FreePorts {
    private FreePorts() {
    }

    public static int next() {
        return SipPorts.free("::1");
    }
}
