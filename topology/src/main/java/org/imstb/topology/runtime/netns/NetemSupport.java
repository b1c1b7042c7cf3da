package org.imstb.topology.runtime.netns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the kernel has the netem qdisc, found once per JVM: {@code /sys/module/sch_netem} proves it (but a
 * built-in netem may not appear there), otherwise a trial qdisc on the switch namespace's mgmt bridge decides.
 */
final class NetemSupport {
    private static final Logger LOG = LoggerFactory.getLogger(NetemSupport.class);
    private static volatile Boolean known;

    private NetemSupport() {
    }

    static boolean available(String switchNamespace) throws IOException {
        Boolean k = known;
        if (k != null) {
            return k;
        }
        if (Files.isDirectory(Path.of("/sys/module/sch_netem"))) {
            known = true;
            return true;
        }
        BatchRunner.Outcome trial = BatchRunner.run(FabricScript.netemTrial(switchNamespace));
        if (trial.ok() || trial.output().toLowerCase(java.util.Locale.ROOT).contains("unknown")) {
            known = trial.ok();
        } else {
            LOG.warn("netem trial failed for another reason, taking netem as unavailable: {}", trial.output());
        }
        LOG.debug("netem available: {}", trial.ok());
        return trial.ok();
    }
}
