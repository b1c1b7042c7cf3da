package org.imstb.topology.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.imstb.topology.file.NodeKind;
import org.imstb.topology.lab.Addressing;
import org.imstb.topology.lab.Lab;
import org.imstb.topology.lab.LabNode;
import org.imstb.topology.runtime.netns.FabricPlan;
import org.imstb.topology.runtime.netns.NetnsFabric;

/**
 * Every node in its own network namespace with its own IPv6 address on its networks (one bridge per network), a
 * router namespace forwarding between them, the standard ports (SIP 5060, Diameter 3868, DNS 53, DHCPv6 547), and a
 * management network joining every node to the host ({@code fdXX:XXXX:XXXX:ffff::/64}, a ULA derived from the lab
 * name as RFC 4193 suggests) where each node serves its management endpoint on port {@value #MGMT_PORT}. Needs root or
 * CAP_NET_ADMIN; see {@link NetnsFabric} for what is built and removed.
 */
public final class NetnsRuntime implements Runtime {
    public static final int MGMT_PORT = 8080;

    @Override
    public String name() {
        return "netns";
    }

    /** The lab's management network prefix base, e.g. {@code fd3a:91c2:7b00:ffff::}. */
    public static String mgmtBase(String labName) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(("imstb lab " + labName)
                    .getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(h, 0, 5);
            return "fd" + hex.substring(0, 2) + ":" + hex.substring(2, 6) + ":" + hex.substring(6, 10) + ":ffff::";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Addressing addressing(String labName) {
        String mgmt = mgmtBase(labName);
        return new Addressing() {
            @Override
            public String address(String node, String base, String planned) {
                return planned;
            }

            @Override
            public int port(String node, NodeKind kind, String service, int standard) {
                return standard;
            }

            @Override
            public String mgmtAddress(String node, int index) {
                return mgmt + Integer.toHexString(index + 2);
            }

            @Override
            public int mgmtPort(String node) {
                return MGMT_PORT;
            }
        };
    }

    @Override
    public List<String> prepare(Lab lab, Path runDir) throws IOException {
        NetnsFabric.Report report = NetnsFabric.create(plan(lab));
        List<String> warnings = new ArrayList<>(report.warnings());
        return warnings;
    }

    /** The fabric of a lab: its networks, and every node (processes, router, UEs, PDFs) as a member. */
    public static FabricPlan plan(Lab lab) {
        List<FabricPlan.Net> nets = new ArrayList<>();
        lab.file().topology().networks().forEach((name, n) -> nets.add(new FabricPlan.Net(name, n.prefix())));
        String hosts = LabFiles.hosts(lab);
        List<FabricPlan.Member> members = new ArrayList<>();
        for (LabNode n : lab.nodes()) {
            List<FabricPlan.Port> ports = new ArrayList<>();
            for (LabNode.Attachment a : n.ports()) {
                FabricPlan.Shaping shaping = a.rate() == null && a.delay() == null && a.loss() == null ? null
                        : new FabricPlan.Shaping(a.rate(), a.delay(), a.loss());
                ports.add(new FabricPlan.Port(a.network(), a.address(), shaping));
            }
            String gateway = n.kind() == NodeKind.ROUTER ? null : gateway(lab, n.ports().get(0).network());
            String resolv = lab.dns().map(d -> "nameserver " + d.address() + "\n"
                    + (n.domain() == null ? "" : "search " + n.domain() + "\n")).orElse(null);
            members.add(new FabricPlan.Member(n.name(), ports, gateway, n.kind() == NodeKind.ROUTER, n.mgmtAddress(),
                    hosts, resolv));
        }
        return new FabricPlan(lab.name(), mgmtBase(lab.name()) + "/64", nets, members);
    }

    private static String gateway(Lab lab, String network) {
        for (LabNode n : lab.nodes()) {
            if (n.kind() == NodeKind.ROUTER) {
                for (LabNode.Attachment a : n.ports()) {
                    if (a.network().equals(network)) {
                        return a.address();
                    }
                }
            }
        }
        return null;
    }

    @Override
    public List<String> execPrefix(String labName, String node) {
        return NetnsFabric.execPrefix(labName, node);
    }

    /**
     * tcpdump (or Wireshark's dumpcap) on the network's bridge inside the switch namespace: every frame between the
     * network's members, unfiltered, packet-buffered so that the file is complete whenever the capture stops.
     */
    @Override
    public List<String> captureCommand(String labName, String network, Path out) {
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", NetnsFabric.switchNamespace(labName)));
        String bridge = NetnsFabric.bridge(network);
        if (onPath("tcpdump")) {
            cmd.addAll(List.of("tcpdump", "-i", bridge, "-U", "-Z", "root", "-s", "0", "-w", out.toString()));
        } else if (onPath("dumpcap")) {
            cmd.addAll(List.of("dumpcap", "-q", "-i", bridge, "-P", "-w", out.toString()));
        } else {
            throw new UnsupportedOperationException("capturing needs tcpdump or dumpcap (Debian packages tcpdump, "
                    + "wireshark-common)");
        }
        return cmd;
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/sbin:/usr/bin:/sbin:/bin").split(":")) {
            if (java.nio.file.Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void teardown(String labName, Path runDir) throws IOException {
        NetnsFabric.destroy(labName);
    }

    @Override
    public List<String> leftovers(String labName) throws IOException {
        return NetnsFabric.leftovers(labName);
    }
}
