package org.imstb.topology.runtime.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.imstb.common.config.YamlLoader;
import org.imstb.topology.file.TopologyLoader;
import org.imstb.topology.lab.Lab;
import org.imstb.topology.lab.LabPlanner;
import org.imstb.topology.runtime.LabFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComposeFileTest {
    @TempDir
    Path dir;

    private static Lab defaultLab() {
        return LabPlanner.plan(TopologyLoader.defaultTopology(), null, new DockerRuntime().addressing("ims"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }

    private static Map<String, Object> map(Object o, String key) {
        return asMap(asMap(o).get(key));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o, String key) {
        return (List<Object>) asMap(o).get(key);
    }

    @Test
    void oneIpv6NetworkPerTopologyNetworkWithAGatewayNoNodeUses() {
        Map<String, Object> doc = ComposeFile.document(defaultLab(), ComposeFile.DEFAULT_IMAGE);
        assertEquals("imstb-ims", doc.get("name"));
        Map<String, Object> networks = map(doc, "networks");
        assertEquals(List.of("net1", "net2", "net3"), List.copyOf(networks.keySet()));
        for (int i = 1; i <= 3; i++) {
            Map<String, Object> net = map(networks, "net" + i);
            assertEquals(true, net.get("enable_ipv6"));
            assertEquals(true, net.get("internal"));
            Map<String, Object> pool = asMap(list(map(net, "ipam"), "config").get(0));
            assertEquals("fd00:0:0:" + i + "::/64", pool.get("subnet"));
            assertEquals("fd00:0:0:" + i + "::fffe", pool.get("gateway"));
        }
    }

    @Test
    void processNodesRunTheirKindWithTheRunDirectoryMounted() {
        Map<String, Object> services = map(ComposeFile.document(defaultLab(), "imstb:test"), "services");
        Map<String, Object> pcscf1 = map(services, "pcscf1");
        assertEquals("imstb:test", pcscf1.get("image"));
        assertEquals(List.of("node", "pcscf", "--config", "/lab/pcscf1.yaml"), pcscf1.get("command"));
        assertEquals(List.of("./:/lab"), pcscf1.get("volumes"));
        assertEquals(Map.of("net1", Map.of("ipv6_address", "fd00:0:0:1::10")), pcscf1.get("networks"));
        List<Object> hosts = list(pcscf1, "extra_hosts");
        assertTrue(hosts.contains("icscf.domain2.test=fd00:0:0:2::11"), hosts.toString());
        assertTrue(hosts.contains("hss.domain1.test=fd00:0:0:1::13"), hosts.toString());
        assertTrue(hosts.contains("as2.domain2.test=fd00:0:0:2::20"), hosts.toString());
        assertEquals(14, hosts.size(), "every node with a host name (not dns, router, UEs): " + hosts);
        Map<String, Object> env = map(pcscf1, "environment");
        assertEquals("fd00:0:0:1::1", env.get("IMSTB_ROUTE_VIA"));
        assertEquals("fd00:0:0:2::/64 fd00:0:0:3::/64", env.get("IMSTB_ROUTES"));
        assertTrue(env.get("JAVA_OPTS").toString().contains("-Xmx128m"), env.toString());
        assertEquals(List.of("NET_ADMIN"), pcscf1.get("cap_add"));
        List<Object> health = list(map(pcscf1, "healthcheck"), "test");
        assertEquals("http://[fd00:0:0:1::10]:8080/ready", health.get(health.size() - 1));
        assertEquals("fd00:0:0:3::1", map(map(services, "dns"), "environment").get("IMSTB_ROUTE_VIA"));
        assertEquals(List.of("node", "dhcp", "--config", "/lab/dhcp2.yaml"), map(services, "dhcp2").get("command"));
        Map<String, Object> as1 = map(services, "as1");
        assertEquals(List.of("node", "as", "--config", "/lab/as1.yaml"), as1.get("command"));
        assertEquals("http://[fd00:0:0:1::20]:8080/ready", list(map(as1, "healthcheck"), "test").get(
                list(map(as1, "healthcheck"), "test").size() - 1));
    }

    @Test
    void routerForwardsOnAllItsNetworksUesIdleAndPdfsAreLeftOut() {
        Map<String, Object> services = map(ComposeFile.document(defaultLab(), ComposeFile.DEFAULT_IMAGE), "services");
        Map<String, Object> router = map(services, "router");
        assertEquals(Map.of("net.ipv6.conf.all.forwarding", 1), router.get("sysctls"));
        assertEquals(List.of("sh", "-c", "sleep infinity"), router.get("entrypoint"));
        assertEquals(List.of("net1", "net2", "net3"), List.copyOf(map(router, "networks").keySet()));
        assertEquals(Map.of("ipv6_address", "fd00:0:0:3::1"), map(map(router, "networks"), "net3"));
        assertNull(router.get("environment"), "the router is on every network: no route to add");
        assertFalse(services.containsKey("pdf1"));
        assertFalse(services.containsKey("pdf2"));
        Map<String, Object> ue1 = map(services, "ue1");
        assertEquals(List.of("idle"), ue1.get("command"));
        assertNull(ue1.get("healthcheck"));
        assertEquals("fd00:0:0:1::1", map(ue1, "environment").get("IMSTB_ROUTE_VIA"));
        assertEquals(Map.of("net1", Map.of("ipv6_address", "fd00:0:0:1::100")), ue1.get("networks"));
        assertEquals(List.of("router", "dns", "hss1", "icscf1", "scscf1", "pcscf1", "dhcp1", "as1", "ue1", "hss2",
                "icscf2", "scscf2", "pcscf2", "dhcp2", "as2", "ue2"), List.copyOf(services.keySet()));
    }

    @Test
    void managementListensOnTheMainAddress() {
        Lab lab = defaultLab();
        assertEquals("fd00:0:0:1::10", lab.node("pcscf1").mgmtAddress());
        assertEquals(8080, lab.node("pcscf1").mgmtPort());
        assertEquals("fd00:0:0:1::1", lab.node("router").mgmtAddress());
    }

    @Test
    void theWrittenFileParsesBackNextToTheNodeConfigurations() throws Exception {
        Lab lab = defaultLab();
        LabFiles.write(lab, new DockerRuntime(), dir);
        Path file = ComposeFile.write(lab, dir, ComposeFile.DEFAULT_IMAGE);
        assertEquals(dir.resolve("compose.yaml"), file);
        String text = Files.readString(file);
        assertTrue(text.startsWith("# generated by imstb"), text);
        @SuppressWarnings("unchecked")
        Map<String, Object> back = YamlLoader.mapper().readValue(text, Map.class);
        assertEquals(ComposeFile.document(lab, ComposeFile.DEFAULT_IMAGE), back);
        assertTrue(Files.exists(dir.resolve("pcscf1.yaml")));
        assertTrue(Files.exists(dir.resolve("hss1-subscribers.yaml")));
        assertFalse(Files.exists(dir.resolve("pdf1.yaml")));
        String pcscf = Files.readString(dir.resolve("pcscf1.yaml"));
        assertTrue(pcscf.contains("fd00:0:0:1::10") && pcscf.contains("8080"), pcscf);
    }

    @Test
    void theGatewaySkipsAnAddressANodeHas() {
        String text = TopologyLoader.defaultText().replace("dns:    {kind: dns, networks: [net3]}",
                "dns:    {kind: dns, networks: [net3], address: \"fd00:0:0:3:0:0:0:fffe\"}");
        Lab lab = LabPlanner.plan(TopologyLoader.parse(Path.of("t.yaml"), text), null,
                new DockerRuntime().addressing("ims"));
        assertEquals("fd00:0:0:3::fffd", ComposeFile.gateway(lab, "net3", "fd00:0:0:3::"));
        assertEquals("fd00:0:0:1::fffe", ComposeFile.gateway(lab, "net1", "fd00:0:0:1::"));
    }
}
