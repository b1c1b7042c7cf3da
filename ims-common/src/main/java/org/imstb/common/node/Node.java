package org.imstb.common.node;

/**
 * A running IMS node (HSS, P-CSCF...). The {@link NodeRunner} drives its life: {@link #start()} once, then
 * {@link #readiness()} as often as asked, then {@link #stop()} once on SIGTERM.
 */
public interface Node {
    /** Opens stores and sockets. Throws if the node cannot run; the process then exits non-zero. */
    void start() throws Exception;

    /** Live readiness, cheap enough to call on every {@code /ready} request. */
    Readiness readiness();

    /** Graceful stop: tell peers (Diameter DPR), close stores. Must not throw. */
    void stop();
}
