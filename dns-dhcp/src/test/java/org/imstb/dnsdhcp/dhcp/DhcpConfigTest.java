package org.imstb.dnsdhcp.dhcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imstb.common.config.ConfigException;
import org.imstb.common.config.YamlLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DhcpConfigTest {
    @TempDir
    Path dir;

    private DhcpConfig load(String yaml) throws Exception {
        Path f = dir.resolve("dhcp1.yaml");
        Files.writeString(f, yaml);
        return YamlLoader.loadNamed(f, DhcpConfig.class).value();
    }

    @Test
    void defaults() throws Exception {
        DhcpConfig c = load("dhcp1:\n  sipServers: {names: [pcscf.domain1.test]}\n");
        assertEquals(547, c.listen().port());
        assertEquals("::", c.listen().address());
        assertEquals(255, c.preference());
        assertTrue(c.rapidCommit());
        ServerSettings s = ServerSettings.of(c, "dhcp1");
        assertEquals(List.of("pcscf.domain1.test"), s.sipServerNames());
        assertEquals(10, s.duid().length, "DUID-LL of 6 octets");
    }

    @Test
    void errorsNameFileLineAndField() {
        ConfigException e = assertThrows(ConfigException.class, () -> load("""
                dhcp1:
                  listen: {interface: eth0}
                  sipServers:
                    names: [pcscf.domain1.test]
                    addresses: ["fd00:1::10", "10.0.0.1"]
                """));
        assertTrue(e.getMessage().endsWith("dhcp1.yaml:5: dhcp1.sipServers.addresses[1]: must be an IPv6 address,"
                + " got 10.0.0.1"), e.getMessage());
        assertTrue(assertThrows(ConfigException.class, () -> load("dhcp1:\n  pool: {start: \"fd00::9\", end: "
                + "\"fd00::1\"}\n")).getMessage().contains("dhcp1.pool.end: must not be below start"));
        assertTrue(assertThrows(ConfigException.class, () -> load("dhcp1:\n  duid: xyz\n")).getMessage()
                .contains("dhcp1.duid: must be hex octets"));
        assertTrue(assertThrows(ConfigException.class, () -> load("dhcp1:\n  dns: {searchList: [\"bad..name\"]}\n"))
                .getMessage().contains("dhcp1.dns.searchList[0]: must be a domain name"));
    }
}
