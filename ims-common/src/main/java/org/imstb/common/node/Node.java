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

    /**
     * Extra management endpoints of this node kind by path (e.g. the HSS's {@code /cx/rtr}), served beside
     * {@code /health}, {@code /ready} and {@code /metrics}. Asked once, before {@link #start()}.
     */
    default java.util.Map<String, com.sun.net.httpserver.HttpHandler> managementHandlers() {
        return java.util.Map.of();
    }
}
