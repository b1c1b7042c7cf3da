package org.imstb.dnsdhcp.dns;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** DNS over UDP: one thread receives, asks the {@link DnsResponder} and sends the answer back. */
public final class UdpDnsServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UdpDnsServer.class);

    private final DatagramSocket socket;
    private final DnsResponder responder;
    private final Thread thread;

    public UdpDnsServer(InetSocketAddress bind, DnsResponder responder) throws SocketException {
        this.socket = new DatagramSocket(bind);
        this.responder = responder;
        this.thread = new Thread(this::serve, "dns-udp");
        thread.setDaemon(true);
    }

    /** Starts serving; returns at once. */
    public UdpDnsServer start() {
        thread.start();
        return this;
    }

    public InetSocketAddress localAddress() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    private void serve() {
        byte[] buf = new byte[65535];
        while (!socket.isClosed()) {
            DatagramPacket in = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(in);
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    LOG.warn("DNS UDP receive failed: {}", e.toString());
                }
                continue;
            }
            byte[] out = responder.respond(in.getData(), in.getLength(), DnsResponder.Transport.UDP);
            if (out == null) {
                continue;
            }
            try {
                socket.send(new DatagramPacket(out, out.length, in.getSocketAddress()));
            } catch (IOException e) {
                LOG.debug("DNS UDP answer to {} not sent: {}", in.getSocketAddress(), e.toString());
            }
        }
    }

    @Override
    public void close() {
        socket.close();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
