package org.imstb.common.node;

import org.imstb.common.config.FieldErrors;
import org.imstb.common.config.Validatable;

/**
 * Message tracing of a node.
 *
 * @param enabled whether every SIP/Diameter message is written to the trace file; default true
 * @param file    the JSON-lines trace file; default {@code <run dir>/<node>.trace.jsonl}
 */
public record TraceConfig(Boolean enabled, String file) implements Validatable {
    public TraceConfig {
        enabled = enabled == null || enabled;
    }

    public static TraceConfig defaults() {
        return new TraceConfig(null, null);
    }

    @Override
    public void validate(FieldErrors at) {
        if (file != null) {
            at.requireText(file, "file");
        }
    }
}
