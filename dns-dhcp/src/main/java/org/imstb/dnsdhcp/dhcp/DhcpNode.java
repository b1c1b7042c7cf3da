package org.imstb.dnsdhcp.dhcp;

import java.time.Clock;
import java.time.Duration;
import org.imstb.common.node.Node;
import org.imstb.common.node.NodeContext;
import org.imstb.common.node.Readiness;
import org.imstb.dnsdhcp.dhcp.codec.Options;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The DHCPv6 node: one server on one link. */
public final class DhcpNode implements Node {
    private static final Logger LOG = LoggerFactory.getLogger(DhcpNode.class);

    private final NodeContext context;
    private final DhcpConfig config;
    private LeasePool pool;
    private Dhcp6Socket socket;

    public DhcpNode(NodeContext context, DhcpConfig config) {
        this.context = context;
        this.config = config;
    }

    @Override
    public void start() throws Exception {
        if (config.pool() != null) {
            pool = new LeasePool(Options.ipv6(config.pool().start()), Options.ipv6(config.pool().end()),
                    Duration.ofSeconds(config.pool().validLifetime()), Clock.systemUTC());
            context.metrics().gauge("imstb_dhcp_leases", "bound IA_NA leases", () -> pool.active());
        }
        ServerSettings settings = ServerSettings.of(config, context.name());
        Dhcp6Server server = new Dhcp6Server(settings, pool, context.metrics());
        socket = new Dhcp6Socket(config.listen(), server).start();
        LOG.info("DHCPv6 server {} listening on {}", server.duidHex(), socket.describe());
    }

    /** The bound port (useful when configured with port 0). */
    public int port() {
        return socket.port();
    }

    @Override
    public Readiness readiness() {
        return socket == null ? Readiness.notReady("dhcpv6: not listening")
                : Readiness.ok("dhcpv6: " + socket.describe());
    }

    @Override
    public void stop() {
        if (socket != null) {
            socket.close();
        }
        LOG.info("DHCPv6 stopped");
    }
}
