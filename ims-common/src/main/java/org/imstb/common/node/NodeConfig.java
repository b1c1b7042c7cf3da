package org.imstb.common.node;

/** What every node configuration has besides its own sections. */
public interface NodeConfig {
    /** Where the management endpoint listens. */
    ManagementConfig management();

    /** Message tracing. */
    TraceConfig trace();
}
