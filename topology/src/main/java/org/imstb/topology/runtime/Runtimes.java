package org.imstb.topology.runtime;

import org.imstb.topology.runtime.netns.NetnsFabric;

/** The runtime registry: by name, or the best available one ({@code netns} where permitted, else {@code local}). */
public final class Runtimes {
    private Runtimes() {
    }

    public static Runtime named(String name) {
        return switch (name) {
            case "local" -> new LocalRuntime();
            case "netns" -> new NetnsRuntime();
            case "docker" -> new org.imstb.topology.runtime.docker.DockerRuntime();
            default -> throw new IllegalArgumentException("unknown runtime '" + name + "' (netns, local, docker)");
        };
    }

    /** {@code netns} when this process may build namespaces, else {@code local}; the reason goes to the caller. */
    public static Runtime auto(java.util.function.Consumer<String> why) {
        NetnsFabric.Availability a = NetnsFabric.probe();
        if (a.available()) {
            return new NetnsRuntime();
        }
        why.accept("netns runtime not possible here (" + a.reason() + "): using local");
        return new LocalRuntime();
    }
}
