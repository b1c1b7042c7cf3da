package org.imstb.common.trace.hep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.imstb.common.config.ConfigException;
import org.imstb.common.config.FieldErrors;
import org.imstb.common.config.Validatable;
import org.imstb.common.config.YamlLoader;
import org.imstb.common.node.TraceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trace.hep} in a node's YAML, read the way every node reads its configuration. */
class HepConfigTest {
    @TempDir
    Path dir;

    /** The trace section of a node configuration, as the node kinds nest it. */
    record Node(TraceConfig trace) implements Validatable {
        Node {
            trace = trace == null ? TraceConfig.defaults() : trace;
        }

        @Override
        public void validate(FieldErrors at) {
            at.nested(trace, "trace");
        }
    }

    private TraceConfig load(String yaml) throws Exception {
        Path f = dir.resolve("pcscf1.yaml");
        Files.writeString(f, yaml);
        return YamlLoader.loadNamed(f, Node.class).value().trace();
    }

    @Test
    void defaults() throws Exception {
        TraceConfig t = load("pcscf1:\n  trace: {enabled: false, hep: {address: \"fd00:0:0:ffff::1\"}}\n");
        assertFalse(t.enabled(), "HEP export does not need the trace file");
        assertEquals("fd00:0:0:ffff::1", t.hep().address());
        assertEquals(9060, t.hep().port());
        assertEquals("udp", t.hep().transport());
        assertNull(t.hep().password());
        assertEquals(HepConfig.captureIdFor("pcscf1"), t.hep().captureId("pcscf1"));
        assertNull(load("pcscf1:\n  trace: {enabled: true}\n").hep(), "no hep section: no export");
        assertNull(TraceConfig.defaults().hep());
        assertTrue(new TraceConfig(false, null).hep() == null, "the two-argument form still works");
    }

    @Test
    void everyKey() throws Exception {
        HepConfig h = load("""
                pcscf1:
                  trace:
                    hep:
                      address: homer.lab.test
                      port: 9061
                      captureId: 4294967295
                      password: myHep
                      transport: UDP
                """).hep();
        assertEquals(new HepConfig("homer.lab.test", 9061, 4294967295L, "myHep", "UDP"), h);
    }

    @Test
    void errorsNameFileLineAndField() {
        Map<String, String> bad = Map.of(
                "    hep: {address: \"::1\", port: 70000}\n",
                ":3: pcscf1.trace.hep.port: must be a port 1..65535, got 70000",
                "    hep: {address: \"::1\", port: 0}\n", ":3: pcscf1.trace.hep.port: must be a port 1..65535, got 0",
                "    hep: {port: 9060}\n", ":3: pcscf1.trace.hep.address: is required",
                "    hep: {address: \"::1\", transport: tcp}\n",
                ":3: pcscf1.trace.hep.transport: only 'udp' is supported, got 'tcp'",
                "    hep: {address: \"::1\", captureId: -1}\n", ":3: pcscf1.trace.hep.captureId: must be 0..4294967295",
                "    hep: {address: \"::1\", password: \"\"}\n", ":3: pcscf1.trace.hep.password: must not be empty",
                "    hep: {address: \"::1\", port: x}\n", ":3: pcscf1.trace.hep.port: cannot read 'x' as an integer",
                "    hep: {address: \"::1\", captureID: 1}\n", ":3: pcscf1.trace.hep.captureID: unknown field");
        bad.forEach((line, expected) -> {
            ConfigException e = assertThrows(ConfigException.class, () -> load("pcscf1:\n  trace:\n" + line), line);
            assertTrue(e.getMessage().contains("pcscf1.yaml" + expected), e.getMessage());
        });
    }
}
