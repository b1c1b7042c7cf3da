package org.imstb.topology.runtime.netns;

import java.util.List;

/**
 * What a {@link NetnsFabric} builds; plain data, validated when the fabric is laid out. Addresses are without prefix
 * length; every network is a prefix given as {@code "fd..::/64"}. {@code mgmtPrefix} is the management network
 * ({@code "fd..::/64"}, or just its leading groups such as {@code "fd00:0:0:ff"}); the host end of the management
 * link gets its {@code ::1}.
 */
public record FabricPlan(String lab, String mgmtPrefix, List<Net> networks, List<Member> members) {

    /** Copies the lists; null lists become empty. */
    public FabricPlan {
        networks = networks == null ? List.of() : List.copyOf(networks);
        members = members == null ? List.of() : List.copyOf(members);
    }

    /**
     * A network: one bridge in the switch namespace, named after the network cut to 15 characters (so those must
     * differ between networks, and must not be {@code mgmt} or {@code mgmt-host}, which the fabric uses itself).
     */
    public record Net(String name, String prefix) {
    }

    /**
     * A node with its own namespace. gateway may be null (no default route); hosts/resolvConf may be null (no file
     * written); mgmtAddress may be null (mgmt0 without address).
     */
    public record Member(String node, List<Port> ports, String gateway, boolean forwarding, String mgmtAddress,
                         String hosts, String resolvConf) {

        /** Copies the ports; null becomes empty. */
        public Member {
            ports = ports == null ? List.of() : List.copyOf(ports);
        }
    }

    /** A member's attachment to a network; the member sees it as eth0, eth1, … in order. shaping may be null. */
    public record Port(String network, String address, Shaping shaping) {
    }

    /**
     * Link shaping of a port, applied on the switch side (so it limits traffic towards the member): rate like
     * "10mbit" (tc tbf), delay like "20ms" (optionally with jitter, "20ms 5ms"), loss like "0.5%" (both tc netem);
     * each may be null.
     */
    public record Shaping(String rate, String delay, String loss) {
    }
}
