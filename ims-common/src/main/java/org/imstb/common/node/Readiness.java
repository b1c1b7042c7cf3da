package org.imstb.common.node;

/**
 * Whether a node can serve: SIP listening, Diameter peers connected, store open. {@code detail} says what is
 * missing, e.g. {@code "diameter: 0/1 peers open (icscf.domain1.test: DOWN)"}.
 */
public record Readiness(boolean ready, String detail) {
    public static Readiness ok(String detail) {
        return new Readiness(true, detail);
    }

    public static Readiness notReady(String detail) {
        return new Readiness(false, detail);
    }

    /** Both must be ready; details are joined. */
    public Readiness and(Readiness other) {
        return new Readiness(ready && other.ready, detail + "; " + other.detail);
    }
}
