package org.imstb.dnsdhcp.dhcp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's UDP socket: bound to the configured address and port (547), joined to All_DHCP_Relay_Agents_and_Servers
 * (ff02::1:2) on the configured interface, replying to each client's source address and port. One thread.
 */
public final class Dhcp6Socket implements AutoCloseable {
    /** All_DHCP_Relay_Agents_and_Servers (RFC 8415 §7.1). */
    public static final String ALL_SERVERS = "ff02::1:2";
    private static final Logger LOG = LoggerFactory.getLogger(Dhcp6Socket.class);

    private final DatagramChannel channel;
    private final Dhcp6Server server;
    private final Thread thread;
    private final String describe;

    public Dhcp6Socket(DhcpConfig.ListenConfig listen, Dhcp6Server server) throws IOException {
        this.server = server;
        this.channel = DatagramChannel.open(StandardProtocolFamily.INET6);
        try {
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            channel.bind(new InetSocketAddress(InetAddress.getByName(listen.address()), listen.port()));
            String joined = "";
            if (listen.iface() != null) {
                NetworkInterface ni = NetworkInterface.getByName(listen.iface());
                if (ni == null) {
                    throw new IOException("no interface '" + listen.iface() + "'");
                }
                channel.setOption(StandardSocketOptions.IP_MULTICAST_IF, ni);
                channel.join(InetAddress.getByName(ALL_SERVERS), ni);
                joined = ", " + ALL_SERVERS + " on " + listen.iface();
            }
            this.describe = "udp " + channel.getLocalAddress() + joined;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        this.thread = new Thread(this::serve, "dhcpv6");
        thread.setDaemon(true);
    }

    public Dhcp6Socket start() {
        thread.start();
        return this;
    }

    /** The bound port. */
    public int port() {
        try {
            return ((InetSocketAddress) channel.getLocalAddress()).getPort();
        } catch (IOException e) {
            return -1;
        }
    }

    /** E.g. {@code udp [::]:547, ff02::1:2 on eth0}. */
    public String describe() {
        return describe;
    }

    private void serve() {
        ByteBuffer buf = ByteBuffer.allocate(65535);
        while (channel.isOpen()) {
            SocketAddress from;
            try {
                buf.clear();
                from = channel.receive(buf);
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                LOG.warn("DHCPv6 receive failed: {}", e.toString());
                continue;
            }
            buf.flip();
            byte[] data = new byte[buf.remaining()];
            buf.get(data);
            Optional<byte[]> reply = server.handle(data, data.length);
            if (reply.isPresent()) {
                try {
                    channel.send(ByteBuffer.wrap(reply.get()), from);
                } catch (IOException e) {
                    LOG.debug("DHCPv6 reply to {} not sent: {}", from, e.toString());
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // closing anyway
        }
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
