package org.imstb.topology.file;

import java.util.List;
import java.util.Map;
import org.imstb.common.config.FieldErrors;
import org.imstb.common.config.Validatable;

/**
 * What {@code defaults}, {@code kinds.<kind>}, {@code groups.<group>} and node entries can set for the nodes they
 * cover: {@code config}, merged key by key into the generated node configuration (later levels win: defaults &lt;
 * kind &lt; group &lt; node), and {@code jvmOptions}, added to the node's {@code java} command line in that order.
 */
public record Settings(Map<String, Object> config, List<String> jvmOptions) implements Validatable {
    public static final Settings NONE = new Settings(Map.of(), List.of());

    public Settings {
        config = config == null ? Map.of() : config;
        jvmOptions = jvmOptions == null ? List.of() : List.copyOf(jvmOptions);
    }

    @Override
    public void validate(FieldErrors at) {
        at.requireAll(jvmOptions, "jvmOptions", o -> o != null && o.startsWith("-"), "must start with '-'");
    }
}
