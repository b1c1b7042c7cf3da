package org.imstb.topology.lab;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imstb.common.config.ConfigException;
import org.imstb.common.config.YamlLoader;
import org.imstb.icscf.thig.Thig;
import org.imstb.topology.file.GroupEntry;
import org.imstb.topology.file.NodeKind;
import org.imstb.topology.file.Settings;
import org.imstb.topology.file.Subscriber;

/**
 * Generates each node's configuration from the planned lab (the documented keys of docs/hss.md, cscf.md,
 * dns-dhcp.md and application-servers.md), before user overrides: every CSCF and AS locates next hops through the
 * lab's DNS (RFC 3263), every CSCF trusts every domain of the lab with asserted identities, the P-CSCF sends REGISTER
 * to its bare home domain, each I-CSCF hides its network from the others (THIG, with a fresh key per lab) and the
 * S-CSCFs leave their network through it, each AS reads and writes user data over Sh at its group's HSS (which
 * lists it as a peer and in {@code sh.allowedPeers}), Diameter peers are named by host name, traces are on.
 */
public final class NodeConfigs {
    private static final SecureRandom RANDOM = new SecureRandom();

    private NodeConfigs() {
    }

    /** The generated configuration of {@code node}, or null for kinds without a process. */
    public static Map<String, Object> generate(Lab lab, LabNode node) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("management", map("address", node.mgmtAddress(), "port", node.mgmtPort()));
        switch (node.kind()) {
            case HSS -> hss(lab, node, c);
            case ICSCF -> icscf(lab, node, c);
            case SCSCF -> scscf(lab, node, c);
            case PCSCF -> pcscf(lab, node, c);
            case AS -> as(lab, node, c);
            case DNS -> dns(lab, node, c);
            case DHCP -> dhcp(lab, node, c);
            default -> {
                return null;
            }
        }
        return c;
    }

    /** The name of the HSS provisioning file the runner writes for {@code hss} (see {@link Provisioning}). */
    public static String provisioningFile(LabNode hss) {
        return hss.name() + "-subscribers.yaml";
    }

    private static void hss(Lab lab, LabNode node, Map<String, Object> c) {
        c.put("trace", map("enabled", true));
        List<Object> peers = new ArrayList<>();
        for (NodeKind k : List.of(NodeKind.ICSCF, NodeKind.SCSCF, NodeKind.AS)) {
            for (LabNode n : lab.inGroup(node.group(), k)) {
                peers.add(map("host", n.host(), "port", n.diameterPort(), "connect", false));
            }
        }
        Map<String, Object> diameter = diameter(node);
        diameter.put("peers", peers);
        c.put("diameter", diameter);
        // the group's application servers use Sh (docs/hss.md, "Setting up an application server")
        List<Object> shPeers = new ArrayList<>();
        lab.inGroup(node.group(), NodeKind.AS).forEach(as -> shPeers.add(as.host()));
        c.put("sh", map("allowedPeers", shPeers));
        List<Object> provision = new ArrayList<>();
        provision.add(provisioningFile(node));
        for (String extra : lab.group(node.group()).provision()) {
            provision.add(lab.resolve(extra).toString());
        }
        c.put("provision", provision);
    }

    private static void icscf(Lab lab, LabNode node, Map<String, Object> c) {
        cscf(lab, node, c);
        diameterClient(lab, node, c);
        List<Object> scscfs = new ArrayList<>();
        for (LabNode s : lab.inGroup(node.group(), NodeKind.SCSCF)) {
            scscfs.add(map("name", s.sipUri(), "capabilities", List.of(1, 2, 3)));
        }
        c.put("scscfs", scscfs);
        c.put("thig", map("enabled", true, "key", Base64.getEncoder().encodeToString(randomKey())));
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    private static void scscf(Lab lab, LabNode node, Map<String, Object> c) {
        cscf(lab, node, c);
        diameterClient(lab, node, c);
        c.put("serverName", node.sipUri());
        lab.first(node.group(), NodeKind.ICSCF).ifPresent(i -> c.put("thig", map("exit",
                "sip:" + Thig.EXIT_USER + "@" + i.host() + ":" + i.sipPort())));
    }

    private static void pcscf(Lab lab, LabNode node, Map<String, Object> c) {
        cscf(lab, node, c);
        c.put("icscf", "sip:" + node.domain());
        c.put("visitedNetworkId", node.domain());
    }

    /**
     * The example AS (docs/application-servers.md): its SIP endpoint and, when its group has an HSS, Sh towards it
     * (Diameter at the AS's host name, the HSS its only peer); its services are its defaults or overrides.
     */
    private static void as(Lab lab, LabNode node, Map<String, Object> c) {
        c.put("trace", map("enabled", true));
        c.put("sip", sip(lab, node));
        lab.first(node.group(), NodeKind.HSS).ifPresent(hss -> diameterTo(hss, node, c));
    }

    private static void cscf(Lab lab, LabNode node, Map<String, Object> c) {
        c.put("trace", map("enabled", true));
        c.put("sip", sip(lab, node));
        List<Object> domains = new ArrayList<>();
        lab.file().topology().groups().values().forEach(g -> domains.add(g.domain()));
        c.put("privacy", map("trustedDomains", domains));
    }

    /** A SIP endpoint at the node's host name, address and port, locating next hops through the lab's DNS. */
    private static Map<String, Object> sip(Lab lab, LabNode node) {
        Map<String, Object> sip = map("host", node.host(), "address", node.address(), "port", node.sipPort());
        lab.dns().ifPresent(d -> sip.put("dns", map("server", d.address(), "port", d.dnsPort())));
        return sip;
    }

    private static void diameterClient(Lab lab, LabNode node, Map<String, Object> c) {
        LabNode hss = lab.first(node.group(), NodeKind.HSS).orElseThrow(() -> new IllegalArgumentException(
                node.name() + " needs an hss node in group " + node.group()));
        diameterTo(hss, node, c);
    }

    /** {@code diameter} of a client of {@code hss} (its only peer, which it connects to) and {@code hss}. */
    private static void diameterTo(LabNode hss, LabNode node, Map<String, Object> c) {
        Map<String, Object> diameter = diameter(node);
        diameter.put("peers", List.of(map("host", hss.host(), "port", hss.diameterPort())));
        c.put("diameter", diameter);
        c.put("hss", map("host", hss.host(), "realm", hss.domain()));
    }

    private static Map<String, Object> diameter(LabNode node) {
        return map("identity", node.host(), "realm", node.domain(), "address", node.address(), "port",
                node.diameterPort());
    }

    private static void dns(Lab lab, LabNode node, Map<String, Object> c) {
        c.put("listen", map("address", "::1".equals(node.address()) ? "::1" : "::", "port", node.dnsPort()));
        c.put("nameServer", map("address", node.address()));
        List<Object> domains = new ArrayList<>();
        List<Object> numbers = new ArrayList<>();
        lab.file().topology().groups().forEach((name, group) -> {
            Map<String, Object> hosts = new LinkedHashMap<>();
            for (LabNode n : lab.nodes()) {
                if (name.equals(n.group()) && n.host() != null) {
                    hosts.put(label(n), n.address());
                }
            }
            Map<String, Object> domain = map("name", group.domain(), "hosts", hosts);
            lab.first(name, NodeKind.ICSCF).ifPresent(i -> domain.put("entryPoint",
                    map("host", label(i), "port", i.sipPort())));
            List<Object> records = new ArrayList<>();
            lab.first(name, NodeKind.HSS).ifPresent(h -> records.add("_diameter._tcp IN SRV 0 0 " + h.diameterPort()
                    + " " + label(h)));
            for (LabNode as : lab.inGroup(name, NodeKind.AS)) {
                // the iFC ServerName has no port (sip:<service>@as1.domain1.test): RFC 3263 finds it by SRV
                for (String transport : List.of("udp", "tcp")) {
                    records.add("_sip._" + transport + "." + label(as) + " IN SRV 0 10 " + as.sipPort() + " "
                            + label(as));
                }
            }
            if (!records.isEmpty()) {
                domain.put("records", records);
            }
            domains.add(domain);
            for (Subscriber s : group.subscribers()) {
                if (s.tel() != null) {
                    numbers.add(map("number", s.tel(), "uri", "sip:" + s.user() + "@" + group.domain()));
                }
            }
        });
        c.put("domains", domains);
        if (!numbers.isEmpty()) {
            c.put("enum", map("zone", "e164.arpa", "entries", numbers));
        }
    }

    private static void dhcp(Lab lab, LabNode node, Map<String, Object> c) {
        GroupEntry group = lab.group(node.group());
        c.put("listen", map("interface", "eth0"));
        lab.first(node.group(), NodeKind.PCSCF).ifPresent(p -> c.put("sipServers",
                map("names", List.of(p.host()), "addresses", List.of(p.address()))));
        lab.dns().ifPresent(d -> c.put("dns", map("servers", List.of(d.address()), "searchList",
                List.of(group.domain()))));
        String base = node.address().substring(0, node.address().lastIndexOf(':') + 1);
        c.put("pool", map("start", base + "1000", "end", base + "1fff"));
    }

    /**
     * The configuration {@code node} runs with (null for kinds without a process): the generated one, then the
     * topology's {@code config} levels, then the node's {@code configFile}, merged in that order.
     */
    public static Map<String, Object> resolve(Lab lab, LabNode node) {
        Map<String, Object> config = generate(lab, node);
        if (config == null) {
            return null;
        }
        for (Settings s : settings(lab, node)) {
            merge(config, s.config());
        }
        if (node.entry().configFile() != null) {
            merge(config, overrideFile(lab.resolve(node.entry().configFile()), node.name()));
        }
        return config;
    }

    /** A per-node override file: either the node's config or {@code <node>: config}. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> overrideFile(Path file, String node) {
        Map<String, Object> doc = YamlLoader.load(file, Map.class);
        if (doc.size() == 1 && doc.get(node) instanceof Map<?, ?> inner) {
            return (Map<String, Object>) inner;
        }
        if (doc.containsKey(node)) {
            throw new ConfigException(file, 1, node, "must be a map of configuration keys");
        }
        return doc;
    }

    /** Everything {@code node} is configured with, in precedence order: defaults, kind, group, node. */
    public static List<Settings> settings(Lab lab, LabNode node) {
        List<Settings> levels = new ArrayList<>();
        levels.add(lab.file().topology().defaults());
        Settings kind = lab.file().topology().kinds().get(node.kind().id());
        if (kind != null) {
            levels.add(kind);
        }
        if (node.group() != null) {
            levels.add(lab.group(node.group()).settings());
        }
        levels.add(node.entry().settings());
        return levels;
    }

    /** Merges {@code over} into {@code base} key by key (maps recursively; anything else replaces). */
    @SuppressWarnings("unchecked")
    public static void merge(Map<String, Object> base, Map<String, Object> over) {
        over.forEach((k, v) -> {
            Object old = base.get(k);
            if (old instanceof Map && v instanceof Map) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) old);
                merge(copy, (Map<String, Object>) v);
                base.put(k, copy);
            } else {
                base.put(k, v);
            }
        });
    }

    private static String label(LabNode n) {
        return n.host().substring(0, n.host().length() - n.domain().length() - 1);
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
