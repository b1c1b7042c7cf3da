package org.imstb.dnsdhcp.dns;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.imstb.common.node.Node;
import org.imstb.common.node.NodeContext;
import org.imstb.common.node.Readiness;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DNS node: builds the zones, writes them to {@code <run dir>/<node>.zone} and serves them over UDP and TCP on
 * the same port.
 */
public final class DnsNode implements Node {
    private static final Logger LOG = LoggerFactory.getLogger(DnsNode.class);
    private static final int BIND_ATTEMPTS = 5;

    private final NodeContext context;
    private final DnsConfig config;
    private ZoneSet zones;
    private UdpDnsServer udp;
    private TcpDnsServer tcp;

    public DnsNode(NodeContext context, DnsConfig config) {
        this.context = context;
        this.config = config;
    }

    @Override
    public void start() throws Exception {
        zones = ZoneBuilder.build(config);
        Files.writeString(context.runDir().resolve(context.name() + ".zone"), zones.toMasterFile(),
                StandardCharsets.UTF_8);
        DnsResponder responder = new DnsResponder(zones, context.metrics());
        context.metrics().gauge("imstb_dns_zones", "zones served", () -> zones.zones().size());
        context.metrics().gauge("imstb_dns_records", "records served", () -> zones.recordCount());
        bind(InetAddress.getByName(config.listen().address()), config.listen().port(), responder);
        LOG.info("DNS serving {} zone(s), {} records, on udp+tcp {}", zones.zones().size(), zones.recordCount(),
                udp.localAddress());
    }

    /** UDP and TCP on one port; with port 0 the UDP port is picked and TCP tries to follow it. */
    private void bind(InetAddress address, int port, DnsResponder responder) throws IOException {
        for (int attempt = 1; ; attempt++) {
            UdpDnsServer u = new UdpDnsServer(new InetSocketAddress(address, port), responder);
            try {
                tcp = new TcpDnsServer(new InetSocketAddress(address, u.localAddress().getPort()), responder).start();
                udp = u.start();
                Files.writeString(context.runDir().resolve(context.name() + ".port"), udp.localAddress().getPort()
                        + "\n");
                return;
            } catch (BindException e) {
                u.close();
                if (port != 0 || attempt >= BIND_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** The bound UDP/TCP port (useful when configured with port 0). */
    public int port() {
        return udp.localAddress().getPort();
    }

    /** The zones served. */
    public ZoneSet zones() {
        return zones;
    }

    @Override
    public Readiness readiness() {
        if (udp == null || tcp == null) {
            return Readiness.notReady("dns: not listening");
        }
        return Readiness.ok("dns: " + zones.zones().size() + " zone(s) on udp+tcp port " + port());
    }

    @Override
    public void stop() {
        if (udp != null) {
            udp.close();
        }
        if (tcp != null) {
            tcp.close();
        }
        LOG.info("DNS stopped");
    }
}
