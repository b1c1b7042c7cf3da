package org.imstb.common.node;

import java.nio.file.Path;
import org.imstb.common.trace.MessageObserver;

/**
 * What the runtime gives a node: its name, its run directory (config, log, trace, pid live there), the observer
 * that records its messages and its metrics.
 */
public record NodeContext(String name, String kind, Path runDir, MessageObserver observer, Metrics metrics) {
}
