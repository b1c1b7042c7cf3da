package org.imstb.hss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imstb.common.config.ConfigException;
import org.imstb.common.config.YamlLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code sh} and {@code store} sections of the HSS configuration: defaults and errors. */
class HssConfigTest {
    static final String DIAMETER = "hss1:\n  diameter: {identity: hss.domain1.test, realm: domain1.test}\n";

    @TempDir
    Path dir;

    HssConfig load(String yaml) throws Exception {
        Path f = dir.resolve("hss1.yaml");
        Files.writeString(f, yaml);
        return YamlLoader.loadNamed(f, HssConfig.class).value();
    }

    @Test
    void withoutShNoApplicationServerMayUseSh() throws Exception {
        HssConfig c = load(DIAMETER);
        assertEquals(List.of(), c.sh().allowedPeers());
        assertEquals(65536, c.sh().maxServiceDataBytes());
        assertFalse(c.sh().allows("as.domain1.test"));
    }

    @Test
    void allowedPeersAreDiameterIdentities() throws Exception {
        HssConfig c = load(DIAMETER + "  sh:\n    allowedPeers: [as.domain1.test]\n    maxServiceDataBytes: 1024\n");
        assertTrue(c.sh().allows("AS.domain1.test"), "Diameter identities ignore case");
        assertFalse(c.sh().allows("intruder.domain1.test"));
        assertEquals(1024, c.sh().maxServiceDataBytes());
        String resolved = YamlLoader.mapper().writeValueAsString(c);
        assertTrue(resolved.contains("allowedPeers"), resolved);

        ConfigException e = assertThrows(ConfigException.class,
                () -> load(DIAMETER + "  sh:\n    allowedPeers: [\"[::1]:3868\"]\n"));
        assertTrue(e.getMessage().contains("hss1.sh.allowedPeers"), e.getMessage());
        assertTrue(assertThrows(ConfigException.class, () -> load(DIAMETER + "  sh: {maxServiceDataBytes: 0}\n"))
                .getMessage().contains("hss1.sh.maxServiceDataBytes: must be 1..16777216"));
        assertTrue(assertThrows(ConfigException.class, () -> load(DIAMETER + "  sh: {allowed: [x]}\n"))
                .getMessage().contains("allowed"), "unknown keys are errors");
    }

    @Test
    void storeCopiesDefaultByHeapAndRejectNegativeBounds() throws Exception {
        HssConfig c = load(DIAMETER);
        assertEquals(org.imstb.hss.store.SubscriberStore.defaultCacheEntries(), c.store().cacheEntries());
        assertTrue(c.store().preload());
        HssConfig off = load(DIAMETER + "  store: {cacheEntries: 0, preload: false}\n");
        assertEquals(0, off.store().cacheEntries());
        assertFalse(off.store().preload());
        ConfigException e = assertThrows(ConfigException.class, () -> load(DIAMETER + "  store: {cacheEntries: -1}\n"));
        assertTrue(e.getMessage().contains("hss1.store.cacheEntries: must be 0 or more"), e.getMessage());
    }
}
