package org.imstb.topology.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.imstb.common.config.YamlLoader;

/**
 * Reads topology files. Every problem (YAML syntax, unknown or mistyped field, bad cross reference) is a
 * {@link org.imstb.common.config.ConfigException} naming the file, the line and the field.
 */
public final class TopologyLoader {
    /** The built-in default topology (two domains, DNS network, router), as a class path resource. */
    public static final String DEFAULT_RESOURCE = "/org/imstb/topology/default-topology.yaml";
    /** The JSON schema of topology files, as a class path resource. */
    public static final String SCHEMA_RESOURCE = "/org/imstb/topology/topology.schema.json";

    private TopologyLoader() {
    }

    public static TopologyFile load(Path file) {
        return YamlLoader.load(file, TopologyFile.class);
    }

    /** Reads {@code text} as if it were {@code file} (used for the built-in default). */
    public static TopologyFile parse(Path file, String text) {
        return YamlLoader.bind(file, text, "", TopologyFile.class);
    }

    public static TopologyFile defaultTopology() {
        return parse(Path.of("default-topology.yaml"), defaultText());
    }

    public static String defaultText() {
        try (InputStream in = TopologyLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
