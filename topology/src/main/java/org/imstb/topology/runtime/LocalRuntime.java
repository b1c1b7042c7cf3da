package org.imstb.topology.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.imstb.common.sip.SipPorts;
import org.imstb.topology.file.NodeKind;
import org.imstb.topology.lab.Addressing;
import org.imstb.topology.lab.Lab;

/**
 * Every node a process on the IPv6 loopback, each service on its own port chosen outside the ephemeral range; host
 * names resolve to {@code ::1} through the lab's hosts file and SIP next hops through the lab's DNS node (its SRV
 * records carry the ports), exactly as in the netns runtime. Needs no privileges. DHCPv6 needs a link and is not
 * started here; routers and UEs have nothing to run.
 */
public final class LocalRuntime implements Runtime {
    @Override
    public String name() {
        return "local";
    }

    @Override
    public Addressing addressing(String labName) {
        Map<String, Integer> ports = new ConcurrentHashMap<>();
        return new Addressing() {
            @Override
            public String address(String node, String base, String planned) {
                return "::1";
            }

            @Override
            public int port(String node, NodeKind kind, String service, int standard) {
                return ports.computeIfAbsent(node + "/" + service, k -> SipPorts.free("::1"));
            }

            @Override
            public String mgmtAddress(String node, int index) {
                return "::1";
            }

            @Override
            public int mgmtPort(String node) {
                return 0;
            }
        };
    }

    @Override
    public boolean runs(org.imstb.topology.lab.LabNode node) {
        return node.kind().process() && node.kind() != NodeKind.DHCP;
    }

    @Override
    public List<String> prepare(Lab lab, Path runDir) {
        return List.of();
    }

    @Override
    public List<String> execPrefix(String labName, String node) {
        return List.of();
    }

    @Override
    public void teardown(String labName, Path runDir) {
        // nothing but processes, which the runner stops
    }

    @Override
    public List<String> leftovers(String labName) {
        return List.of();
    }
}
