package org.imstb.topology.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.imstb.common.config.ConfigException;
import org.imstb.common.config.YamlLoader;
import org.imstb.topology.file.TopologyFile;
import org.imstb.topology.file.TopologyLoader;
import org.imstb.topology.file.TopologyFixtures;
import org.imstb.topology.runtime.LabFiles;
import org.imstb.topology.runtime.LocalRuntime;
import org.imstb.topology.runtime.NetnsRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated node configurations are what each node kind accepts, and overrides land where the file says. */
class NodeConfigsTest {

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(Path file, String node) throws Exception {
        return (Map<String, Object>) YamlLoader.mapper().readValue(file.toFile(), Map.class).get(node);
    }

    @SuppressWarnings("unchecked")
    static Object at(Map<String, Object> m, String path) {
        Object o = m;
        for (String p : path.split("\\.")) {
            o = ((Map<String, Object>) o).get(p);
        }
        return o;
    }

    @Test
    void theDefaultTopologyGeneratesValidConfigsForNetns(@TempDir Path dir) throws Exception {
        Lab lab = LabPlanner.plan(TopologyLoader.defaultTopology(), null, new NetnsRuntime().addressing("ims"));
        LabFiles.write(lab, new NetnsRuntime(), dir); // loads each file with its node kind's config type
        Map<String, Object> pcscf = read(dir.resolve("pcscf1.yaml"), "pcscf1");
        assertEquals("sip:domain1.test", pcscf.get("icscf"));
        assertEquals("fd00:0:0:3::53", at(pcscf, "sip.dns.server"));
        assertEquals("fd00:0:0:1::10", at(pcscf, "sip.address"));
        Map<String, Object> scscf2 = read(dir.resolve("scscf2.yaml"), "scscf2");
        assertEquals("sip:scscf.domain2.test:5060", scscf2.get("serverName"));
        assertEquals("hss.domain2.test", at(scscf2, "hss.host"));
        assertEquals("sip:thig@icscf.domain2.test:5060", at(scscf2, "thig.exit"), "leaves through its I-CSCF");
        assertEquals(List.of("domain1.test", "domain2.test"), at(scscf2, "privacy.trustedDomains"));
        Map<String, Object> icscf1 = read(dir.resolve("icscf1.yaml"), "icscf1");
        assertEquals(true, at(icscf1, "thig.enabled"));
        assertEquals(32, java.util.Base64.getDecoder().decode((String) at(icscf1, "thig.key")).length);
        assertFalse(at(icscf1, "thig.key").equals(at(read(dir.resolve("icscf2.yaml"), "icscf2"), "thig.key")));
        assertEquals(List.of("domain1.test", "domain2.test"), at(pcscf, "privacy.trustedDomains"));
        Map<String, Object> dns = read(dir.resolve("dns.yaml"), "dns");
        assertEquals(2, ((List<?>) dns.get("domains")).size());
        assertEquals(4, ((List<?>) at(dns, "enum.entries")).size());
        Map<String, Object> dhcp = read(dir.resolve("dhcp1.yaml"), "dhcp1");
        assertEquals(List.of("pcscf.domain1.test"), at(dhcp, "sipServers.names"));
        assertEquals(List.of("fd00:0:0:3::53"), at(dhcp, "dns.servers"));
        String subscribers = Files.readString(dir.resolve("hss1-subscribers.yaml"));
        assertTrue(subscribers.contains("7e0114c01987caec21efa86c9b1394db"), subscribers);
        assertTrue(subscribers.contains("tel:+15551001"), subscribers);
        assertFalse(subscribers.contains("carol"), "domain2's subscribers stay in hss2");
        assertTrue(Files.readString(dir.resolve("hosts")).contains("fd00:0:0:2::11 icscf.domain2.test"));
        assertFalse(Files.exists(dir.resolve("ue1.yaml")), "UEs run no node process");
    }

    @Test
    void localRuntimeSkipsDhcpAndUsesLoopbackPorts(@TempDir Path dir) throws Exception {
        Lab lab = LabPlanner.plan(TopologyLoader.defaultTopology(), null, new LocalRuntime().addressing("ims"));
        LabFiles.write(lab, new LocalRuntime(), dir);
        assertFalse(Files.exists(dir.resolve("dhcp1.yaml")));
        Map<String, Object> icscf = read(dir.resolve("icscf1.yaml"), "icscf1");
        assertEquals("::1", at(icscf, "sip.address"));
        assertEquals(lab.node("dns").dnsPort(), at(icscf, "sip.dns.port"));
    }

    @Test
    void overridesApplyInOrderDefaultsKindGroupNode(@TempDir Path dir) throws Exception {
        Lab lab = LabPlanner.plan(TopologyLoader.load(TopologyFixtures.path("01-one-domain.yaml")), null,
                new NetnsRuntime().addressing("small"));
        LabFiles.write(lab, new NetnsRuntime(), dir);
        Map<String, Object> scscf1 = read(dir.resolve("scscf1.yaml"), "scscf1");
        assertEquals(300, at(scscf1, "registrar.defaultExpires"), "kind level");
        assertEquals(1200, at(scscf1, "registrar.maxExpires"), "node level");
        assertEquals(false, at(scscf1, "trace.enabled"), "group level");
        assertEquals("sip:scscf2.op1.test:5060", read(dir.resolve("scscf2.yaml"), "scscf2").get("serverName"));
        assertEquals(List.of("-Xmx64m"), LabFiles.jvmOptions(lab, lab.node("pcscf1")));
    }

    @Test
    void aBadOverrideFailsBeforeAnythingStartsNamingTheGeneratedFile(@TempDir Path dir) throws Exception {
        String text = TopologyLoader.defaultText().replace("scscf1: {kind: scscf, group: domain1}",
                "scscf1: {kind: scscf, group: domain1, config: {registrar: {minExpires: -5}}}");
        TopologyFile file = TopologyLoader.parse(Path.of("x.yaml"), text);
        Lab lab = LabPlanner.plan(file, null, new NetnsRuntime().addressing("ims"));
        ConfigException e = assertThrows(ConfigException.class, () -> LabFiles.write(lab, new NetnsRuntime(), dir));
        assertTrue(e.getMessage().contains("scscf1.yaml"), e.getMessage());
        assertTrue(e.getMessage().contains("scscf1.registrar.minExpires"), e.getMessage());
    }
}
