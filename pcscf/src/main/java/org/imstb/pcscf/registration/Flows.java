package org.imstb.pcscf.registration;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

import javax.sip.address.SipURI;
import javax.sip.header.ViaHeader;

/** The {@code host:port} key of a UE's flow, the same whether read from its Contact or from its Via. */
public final class Flows {
    private Flows() {
    }

    public static String of(SipURI contact) {
        return key(contact.getHost(), contact.getPort());
    }

    /**
     * From the top Via of a request the UE sent: received when present, else the sent-by host; over UDP the rport
     * when present (the UE's socket), over TCP/TLS the sent-by port (rport is then the connection's ephemeral port,
     * while the UE's contact names its listening port).
     */
    public static String of(ViaHeader via) {
        String host = via.getReceived() != null ? via.getReceived() : via.getHost();
        boolean udp = via.getTransport() == null || "udp".equalsIgnoreCase(via.getTransport());
        int port = udp && via.getRPort() > 0 ? via.getRPort() : via.getPort();
        return key(host, port);
    }

    static String key(String host, int port) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (h.contains(":")) {
            try {
                h = InetAddress.getByName(h).getHostAddress();
            } catch (UnknownHostException e) {
                // keep as written
            }
        }
        return h.toLowerCase(Locale.ROOT) + ":" + (port > 0 ? port : 5060);
    }
}
