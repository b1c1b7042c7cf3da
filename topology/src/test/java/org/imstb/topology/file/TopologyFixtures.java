package org.imstb.topology.file;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The topology fixture files under src/test/resources/org/imstb/topology/file. */
public final class TopologyFixtures {
    private TopologyFixtures() {
    }

    public static Path path(String name) {
        try {
            return Path.of(TopologyFixtures.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture " + name, e);
        }
    }
}
