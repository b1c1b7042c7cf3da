package org.imstb.topology.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
        assertEquals(5, ((List<?>) at(dns, "enum.entries")).size(), "alice, bob, erin, carol, dave");
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
    void eachDomainsApplicationServerIsConfiguredLocatedByDnsAndProvisioned(@TempDir Path dir) throws Exception {
        Lab lab = LabPlanner.plan(TopologyLoader.defaultTopology(), null, new NetnsRuntime().addressing("ims"));
        LabFiles.write(lab, new NetnsRuntime(), dir);
        Map<String, Object> as1 = read(dir.resolve("as1.yaml"), "as1");
        assertEquals("as1.domain1.test", at(as1, "sip.host"));
        assertEquals("fd00:0:0:1::20", at(as1, "sip.address"));
        assertEquals(5060, at(as1, "sip.port"));
        assertEquals("fd00:0:0:3::53", at(as1, "sip.dns.server"));
        assertEquals(null, as1.get("services"), "the AS's own defaults: one service of each type");
        assertEquals(Map.of("identity", "as1.domain1.test", "realm", "domain1.test", "address", "fd00:0:0:1::20",
                "port", 3868, "peers", List.of(Map.of("host", "hss.domain1.test", "port", 3868))),
                as1.get("diameter"), "Sh towards its group's HSS");
        assertEquals(Map.of("host", "hss.domain1.test", "realm", "domain1.test"), as1.get("hss"));
        Map<String, Object> hss1Config = read(dir.resolve("hss1.yaml"), "hss1");
        assertTrue(((List<?>) at(hss1Config, "diameter.peers")).contains(Map.of("host", "as1.domain1.test", "port",
                3868, "connect", false)), hss1Config.toString());
        assertEquals(3, ((List<?>) at(hss1Config, "diameter.peers")).size(), "I-CSCF, S-CSCF, AS");
        assertEquals(List.of("as1.domain1.test"), at(hss1Config, "sh.allowedPeers"));
        assertEquals(List.of("as2.domain2.test"), at(read(dir.resolve("hss2.yaml"), "hss2"), "sh.allowedPeers"),
                "each HSS serves its own domain's AS");

        Map<String, Object> dns = read(dir.resolve("dns.yaml"), "dns");
        @SuppressWarnings("unchecked")
        Map<String, Object> domain1 = (Map<String, Object>) ((List<?>) dns.get("domains")).get(0);
        assertEquals("fd00:0:0:1::20", at(domain1, "hosts.as1"));
        assertTrue(((List<?>) domain1.get("records")).contains("_sip._udp.as1 IN SRV 0 10 5060 as1"),
                domain1.toString());
        assertTrue(((List<?>) domain1.get("records")).contains("_sip._tcp.as1 IN SRV 0 10 5060 as1"));

        org.imstb.hss.model.ProvisioningSet hss1 = org.imstb.hss.provisioning.ProvisioningFile.read(
                dir.resolve("hss1-subscribers.yaml"));
        assertEquals(List.of("sip:proxy@as1.domain1.test", "sip:voicemail@as1.domain1.test",
                "sip:redirect@as1.domain1.test", "sip:b2bua@as1.domain1.test", "sip:thirdparty@as1.domain1.test",
                "sip:silent@as1.domain1.test:5999"),
                hss1.applicationServers().stream().map(org.imstb.hss.model.ApplicationServer::serverName).toList());
        assertEquals("as1-voicemail", hss1.applicationServers().get(1).name());
        assertFalse(Files.readString(dir.resolve("hss2-subscribers.yaml")).contains("as1"),
                "domain2's HSS knows its own AS only");
        assertTrue(Files.readString(dir.resolve("hosts")).contains("fd00:0:0:2::20 as2.domain2.test"));
    }

    @Test
    void theProvisionedServicesAreThoseTheAsRunsWith(@TempDir Path dir) throws Exception {
        String text = TopologyLoader.defaultText().replace("as1:    {kind: as, group: domain1}",
                "as1:    {kind: as, group: domain1, config: {services: {vm: {type: voicemail}, "
                        + "fwd: {type: proxy, recordRoute: true}}}}");
        Lab lab = LabPlanner.plan(TopologyLoader.parse(Path.of("x.yaml"), text), null,
                new LocalRuntime().addressing("ims"));
        LabFiles.write(lab, new LocalRuntime(), dir);
        assertEquals(List.of("sip:vm@as1.domain1.test", "sip:fwd@as1.domain1.test",
                "sip:thirdparty@as1.domain1.test", "sip:proxy@as1.domain1.test", "sip:voicemail@as1.domain1.test",
                "sip:silent@as1.domain1.test:5999", "sip:redirect@as1.domain1.test", "sip:b2bua@as1.domain1.test"),
                org.imstb.hss.provisioning.ProvisioningFile.read(dir.resolve("hss1-subscribers.yaml"))
                        .applicationServers().stream().map(org.imstb.hss.model.ApplicationServer::serverName)
                        .toList());
        Map<String, Object> dns = read(dir.resolve("dns.yaml"), "dns");
        int port = lab.node("as1").sipPort();
        assertTrue(dns.toString().contains("_sip._udp.as1 IN SRV 0 10 " + port + " as1"),
                "the SRV record carries the local runtime's port");
        assertEquals(port, at(read(dir.resolve("as1.yaml"), "as1"), "sip.port"));
        int diameter = lab.node("as1").diameterPort();
        assertTrue(diameter != port && diameter > 0, "a Diameter port of its own: " + diameter);
        assertEquals(diameter, at(read(dir.resolve("as1.yaml"), "as1"), "diameter.port"));
        assertEquals(lab.node("hss1").diameterPort(), ((Map<?, ?>) ((List<?>) at(read(dir.resolve("as1.yaml"),
                "as1"), "diameter.peers")).get(0)).get("port"));
        assertTrue(((List<?>) at(read(dir.resolve("hss1.yaml"), "hss1"), "diameter.peers")).contains(Map.of("host",
                "as1.domain1.test", "port", diameter, "connect", false)));
    }

    @Test
    void anAsInAGroupWithoutAnHssHasNoSh(@TempDir Path dir) throws Exception {
        String text = """
                name: solo
                topology:
                  networks: {net1: {prefix: "fd00:0:0:a::/64"}}
                  groups: {op1: {domain: op1.test, network: net1}}
                  nodes:
                    as1: {kind: as, group: op1}
                """;
        Lab lab = LabPlanner.plan(TopologyLoader.parse(Path.of("solo.yaml"), text), null,
                new NetnsRuntime().addressing("solo"));
        LabFiles.write(lab, new NetnsRuntime(), dir);
        Map<String, Object> as1 = read(dir.resolve("as1.yaml"), "as1");
        assertEquals("as1.op1.test", at(as1, "sip.host"));
        assertFalse(as1.containsKey("diameter"), as1.toString());
        assertFalse(as1.containsKey("hss"), as1.toString());
    }

    @Test
    void shCanBeSwitchedOffForAnAs(@TempDir Path dir) throws Exception {
        String text = TopologyLoader.defaultText().replace("as1:    {kind: as, group: domain1}",
                "as1:    {kind: as, group: domain1, config: {diameter: null, hss: null}}");
        Lab lab = LabPlanner.plan(TopologyLoader.parse(Path.of("x.yaml"), text), null,
                new NetnsRuntime().addressing("ims"));
        LabFiles.write(lab, new NetnsRuntime(), dir); // the AS's loader accepts it
        Map<String, Object> as1 = read(dir.resolve("as1.yaml"), "as1");
        assertNull(as1.get("diameter"), as1.toString());
        assertNull(as1.get("hss"), as1.toString());
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
