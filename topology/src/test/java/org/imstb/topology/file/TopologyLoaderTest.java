package org.imstb.topology.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.imstb.common.config.ConfigException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TopologyLoaderTest {

    @Test
    void theDefaultTopologyIsTheReferenceEmulatorsTwoDomainLayout() {
        TopologyFile t = TopologyLoader.defaultTopology();
        assertEquals("ims", t.name());
        assertEquals(3, t.topology().networks().size());
        assertEquals("domain1.test", t.topology().groups().get("domain1").domain());
        assertEquals("domain2.test", t.topology().groups().get("domain2").domain());
        for (String d : new String[] {"1", "2"}) {
            for (String kind : new String[] {"pcscf", "icscf", "scscf", "hss", "pdf", "dhcp", "as", "ue"}) {
                NodeEntry n = t.topology().nodes().get(kind + d);
                assertEquals(kind, n.kind(), kind + d);
                assertEquals("domain" + d, n.group(), kind + d);
            }
        }
        assertEquals(NodeKind.DNS, t.topology().nodes().get("dns").nodeKind());
        assertEquals(java.util.List.of("net1", "net2", "net3"), t.topology().nodes().get("router").networks());
        Subscriber alice = t.topology().groups().get("domain1").subscribers().get(0);
        assertEquals("7e0114c01987caec21efa86c9b1394db", alice.aka().k());
    }

    @Test
    void aFixtureWithOverridesLoads() {
        TopologyFile t = TopologyLoader.load(TopologyFixtures.path("01-one-domain.yaml"));
        assertEquals("small", t.name());
        assertEquals("scscf2", t.topology().nodes().get("scscf2").host());
        assertEquals(java.util.List.of("-Xmx64m"), t.topology().nodes().get("pcscf1").jvmOptions());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bad-unknown-kind.yaml    | 9  | topology.nodes.x1.kind                     | unknown kind 'sbc'",
        "bad-unknown-group.yaml   | 11 | topology.nodes.icscf1.group                | unknown group 'op2'",
        "bad-ue-subscriber.yaml   | 12 | topology.nodes.ue1.subscriber              | no subscriber 'mallory'",
        "bad-prefix.yaml          | 5  | topology.networks.net2.prefix              | must be an IPv6 /64",
        "bad-typo.yaml            | 8  | topology.nodes.hss1.adress                 | unknown field",
        "bad-duplicate-host.yaml  | 9  | topology.nodes.scscf2.host                 | host name scscf.op1.test is also scscf1",
        "bad-link.yaml            | 8  | topology.links[0].endpoints                | must be a node and a network",
        "bad-aka.yaml             | 10 | topology.groups.op1.subscribers[0].aka.k   | must be 32 hex digits",
        "bad-name.yaml            | 1  | name                                       | must be a lowercase letter",
        "bad-ifc.yaml             | 13 | topology.groups.op1.ifcs[1]                | <RequestURI> is not a valid regular expression",
    })
    void errorsNameTheFileLineAndField(String file, int line, String field, String problem) {
        ConfigException e = assertThrows(ConfigException.class, () -> TopologyLoader.load(TopologyFixtures.path(file)));
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains(file), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }
}
