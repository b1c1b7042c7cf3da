package org.imstb.dnsdhcp.dhcp.client;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.StandardSocketOptions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.imstb.dnsdhcp.dhcp.codec.Dhcp6Codec;
import org.imstb.dnsdhcp.dhcp.codec.Dhcp6DecodeException;
import org.imstb.dnsdhcp.dhcp.codec.Dhcp6Message;
import org.imstb.dnsdhcp.dhcp.codec.Dhcp6Option;
import org.imstb.dnsdhcp.dhcp.codec.Duid;
import org.imstb.dnsdhcp.dhcp.codec.MessageType;
import org.imstb.dnsdhcp.dhcp.codec.OptionCode;
import org.imstb.dnsdhcp.dhcp.codec.Options;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stateless DHCPv6 client (RFC 8415 §18.2.6): sends Information-Request with Client Identifier, Elapsed Time and
 * an Option Request for 21, 22, 23, 24 to ff02::1:2 on an interface (or to one server by unicast), retransmits with
 * RFC 8415 §15 back-off (IRT 1 s, doubling, ±10 % jitter) and returns the first valid Reply.
 *
 * <pre>{@code
 * Dhcpv6Info info = Dhcpv6Client.informationRequest("eth0", Duration.ofSeconds(5));
 * info.sipServerNames();      // [pcscf.domain1.test]
 * info.sipServerAddresses();  // [fd00:1::10]
 * info.dnsServers();          // [fd00:3::53]
 * }</pre>
 */
public final class Dhcpv6Client {
    public static final int CLIENT_PORT = 546;
    public static final int SERVER_PORT = 547;
    private static final Logger LOG = LoggerFactory.getLogger(Dhcpv6Client.class);
    private static final long IRT_MS = 1000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final NetworkInterface iface;
    private final InetSocketAddress server;
    private final int localPort;
    private final byte[] duid;

    private Dhcpv6Client(NetworkInterface iface, InetSocketAddress server, int localPort, byte[] duid) {
        this.iface = iface;
        this.server = server;
        this.localPort = localPort;
        this.duid = duid.clone();
    }

    /** Asks every server on the link of {@code interfaceName} (ff02::1:2, port 547) from port 546. */
    public static Dhcpv6Client onInterface(String interfaceName) throws SocketException {
        NetworkInterface ni = NetworkInterface.getByName(interfaceName);
        if (ni == null) {
            throw new SocketException("no interface '" + interfaceName + "'");
        }
        byte[] mac = ni.getHardwareAddress();
        byte[] duid = mac != null && mac.length == 6 ? Duid.linkLayer(mac) : Duid.fromSeed("imstb-ue-" + interfaceName);
        try {
            Inet6Address group = Inet6Address.getByAddress(null, InetAddress.getByName("ff02::1:2").getAddress(), ni);
            return new Dhcpv6Client(ni, new InetSocketAddress(group, SERVER_PORT), CLIENT_PORT, duid);
        } catch (IOException e) {
            throw new SocketException("cannot scope ff02::1:2 to " + interfaceName + ": " + e.getMessage());
        }
    }

    /** Asks one server by unicast (tests, or a server known in advance), from any free port. */
    public static Dhcpv6Client toServer(InetSocketAddress server) {
        return new Dhcpv6Client(null, server, 0, Duid.fromSeed("imstb-ue-unicast"));
    }

    /** The same client sending from {@code port} (0: any). */
    public Dhcpv6Client withLocalPort(int port) {
        return new Dhcpv6Client(iface, server, port, duid);
    }

    /** The same client with another DUID. */
    public Dhcpv6Client withDuid(byte[] clientDuid) {
        return new Dhcpv6Client(iface, server, localPort, clientDuid);
    }

    /** The client DUID sent in Client Identifier. */
    public byte[] duid() {
        return duid.clone();
    }

    /** One-call form: {@code onInterface(interfaceName).informationRequest(timeout)}. */
    public static Dhcpv6Info informationRequest(String interfaceName, Duration timeout) throws IOException {
        return onInterface(interfaceName).informationRequest(timeout);
    }

    /**
     * Runs the Information-Request exchange.
     *
     * @throws SocketTimeoutException when no valid Reply came within {@code timeout}
     * @throws IOException            when the socket cannot be opened (port 546 needs root or CAP_NET_BIND_SERVICE)
     */
    public Dhcpv6Info informationRequest(Duration timeout) throws IOException {
        int xid = RANDOM.nextInt(0x1000000);
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        try (DatagramSocket socket = open()) {
            long rt = jitter(IRT_MS);
            int sent = 0;
            while (true) {
                long now = System.nanoTime();
                if (now >= deadline) {
                    throw new SocketTimeoutException("no DHCPv6 Reply from " + server + " within " + timeout
                            + " (" + sent + " Information-Request(s) sent)");
                }
                byte[] request = Dhcp6Codec.encode(informationRequest(xid, (now - start) / 10_000_000));
                socket.send(new DatagramPacket(request, request.length, server));
                sent++;
                long until = Math.min(deadline, System.nanoTime() + rt * 1_000_000);
                Optional<Dhcpv6Info> info = await(socket, xid, until);
                if (info.isPresent()) {
                    return info.get();
                }
                rt = jitter(2 * rt);
            }
        }
    }

    Dhcp6Message informationRequest(int xid, long elapsedCentiseconds) {
        return new Dhcp6Message(MessageType.INFORMATION_REQUEST, xid, List.of(Options.clientId(duid),
                Options.elapsedTime(elapsedCentiseconds), Options.oro(OptionCode.SIP_SERVER_D,
                        OptionCode.SIP_SERVER_A, OptionCode.DNS_SERVERS, OptionCode.DOMAIN_LIST)));
    }

    private DatagramSocket open() throws IOException {
        DatagramSocket s = new DatagramSocket(null);
        try {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getByName("::"), localPort));
            if (iface != null) {
                s.setOption(StandardSocketOptions.IP_MULTICAST_IF, iface);
            }
            return s;
        } catch (IOException e) {
            s.close();
            throw e;
        }
    }

    private Optional<Dhcpv6Info> await(DatagramSocket socket, int xid, long untilNanos) throws IOException {
        byte[] buf = new byte[65535];
        while (true) {
            long leftNanos = untilNanos - System.nanoTime();
            if (leftNanos <= 0) {
                return Optional.empty();
            }
            socket.setSoTimeout((int) ((leftNanos + 999_999) / 1_000_000));
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(p);
            } catch (SocketTimeoutException e) {
                return Optional.empty();
            }
            try {
                Optional<Dhcpv6Info> info = accept(Dhcp6Codec.decode(p.getData(), 0, p.getLength()), xid,
                        (InetSocketAddress) p.getSocketAddress());
                if (info.isPresent()) {
                    return info;
                }
            } catch (Dhcp6DecodeException e) {
                LOG.debug("DHCPv6 client: ignoring malformed message from {}: {}", p.getSocketAddress(),
                        e.getMessage());
            }
        }
    }

    /** A Reply to our transaction, from a server, for our DUID (RFC 8415 §16.10); empty otherwise. */
    Optional<Dhcpv6Info> accept(Dhcp6Message m, int xid, InetSocketAddress from) throws Dhcp6DecodeException {
        if (m.type() != MessageType.REPLY || m.transactionId() != xid) {
            return Optional.empty();
        }
        Optional<Dhcp6Option> sid = m.option(OptionCode.SERVERID);
        Optional<Dhcp6Option> cid = m.option(OptionCode.CLIENTID);
        if (sid.isEmpty() || (cid.isPresent() && !Arrays.equals(cid.get().data(), duid))) {
            return Optional.empty();
        }
        return Optional.of(new Dhcpv6Info(
                names(m, OptionCode.SIP_SERVER_D), addresses(m, OptionCode.SIP_SERVER_A),
                addresses(m, OptionCode.DNS_SERVERS), names(m, OptionCode.DOMAIN_LIST),
                Duid.hex(sid.get().data()), from));
    }

    private static List<String> names(Dhcp6Message m, int code) throws Dhcp6DecodeException {
        Optional<Dhcp6Option> o = m.option(code);
        return o.isPresent() ? Options.domainNames(o.get()) : List.of();
    }

    private static List<Inet6Address> addresses(Dhcp6Message m, int code) throws Dhcp6DecodeException {
        Optional<Dhcp6Option> o = m.option(code);
        return o.isPresent() ? Options.addresses(o.get()) : List.of();
    }

    private static long jitter(long ms) {
        return Math.max(1, ms + (long) ((RANDOM.nextDouble() * 0.2 - 0.1) * ms));
    }
}
