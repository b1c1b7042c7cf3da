package org.imstb.ue;

import java.time.Duration;

/**
 * Runs {@link Discovery#discover(String, Duration)} in a child JVM (inside a network namespace, which a JVM cannot
 * enter itself) and prints {@code pcscf=} and {@code dns=} lines.
 */
public final class DiscoveryProbe {
    private DiscoveryProbe() {
    }

    public static void main(String[] args) throws Exception {
        Discovery d = Discovery.discover(args[0], Duration.ofMillis(Long.parseLong(args[1])));
        System.out.println("pcscf=" + d.pcscf());
        System.out.println("dns=" + (d.dns() == null ? "" : d.dns().server() + " " + d.dns().port()));
    }
}
