package org.imstb.common.sip;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Ports free on an address for both TCP and UDP (SIP listens on both with one number). */
public final class SipPorts {
    private SipPorts() {
    }

    /** A port number currently free for TCP and UDP on {@code address}. */
    public static int free(String address) {
        try {
            InetAddress a = InetAddress.getByName(address);
            for (int attempt = 0; attempt < 50; attempt++) {
                try (ServerSocket tcp = new ServerSocket(0, 1, a)) {
                    int port = tcp.getLocalPort();
                    try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(a, port))) {
                        return udp.getLocalPort();
                    } catch (IOException busy) {
                        // the UDP side is taken; try another
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no port free for both TCP and UDP on " + address);
    }
}
