package org.imstb.common.node;

import org.imstb.common.config.FieldErrors;
import org.imstb.common.config.Validatable;
import org.imstb.common.trace.hep.HepConfig;

/**
 * Message tracing of a node.
 *
 * @param enabled whether every SIP/Diameter message is written to the trace file; default true
 * @param file    the JSON-lines trace file; default {@code <run dir>/<node>.trace.jsonl}
 * @param hep     export of every SIP/Diameter message to a HEP v3 collector (Homer); optional, and independent of
 *                {@code enabled} (docs/hep.md)
 */
public record TraceConfig(Boolean enabled, String file, HepConfig hep) implements Validatable {
    public TraceConfig {
        enabled = enabled == null || enabled;
    }

    /** Tracing to a file only (no HEP export). */
    public TraceConfig(Boolean enabled, String file) {
        this(enabled, file, null);
    }

    public static TraceConfig defaults() {
        return new TraceConfig(null, null, null);
    }

    @Override
    public void validate(FieldErrors at) {
        if (file != null) {
            at.requireText(file, "file");
        }
        at.nested(hep, "hep");
    }
}
