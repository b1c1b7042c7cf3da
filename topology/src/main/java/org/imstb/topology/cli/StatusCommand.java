package org.imstb.topology.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.imstb.topology.runtime.LabState;
import org.imstb.topology.runtime.LabStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code imstb status [--json]}: each node's kind, domain, state, addresses and ports. */
@Command(name = "status", description = "Show each node of the lab: kind, domain, state, addresses and ports.")
final class StatusCommand implements Callable<Integer> {
    @Mixin
    LabOptions lab;

    @Option(names = "--json", description = "print JSON for scripts")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path dir = lab.runDir();
        LabState state = LabState.read(dir);
        List<LabStatus.Row> rows = LabStatus.rows(dir, state);
        if (json) {
            System.out.println(LabState.json().writeValueAsString(java.util.Map.of("lab", state.name(), "runtime",
                    state.runtime(), "runDir", dir.toAbsolutePath().toString(), "nodes", rows)));
        } else {
            System.out.printf("lab %s (runtime %s, %s)%n", state.name(), state.runtime(), dir.toAbsolutePath());
            System.out.printf("%-8s %-6s %-13s %-10s %-28s %s%n", "NODE", "KIND", "DOMAIN", "STATE", "ADDRESS",
                    "PORTS");
            for (LabStatus.Row r : rows) {
                StringBuilder ports = new StringBuilder();
                if (r.sipPort() > 0) {
                    ports.append("sip ").append(r.sipPort()).append(' ');
                }
                if (r.diameterPort() > 0) {
                    ports.append("diameter ").append(r.diameterPort()).append(' ');
                }
                if (r.dnsPort() > 0) {
                    ports.append("dns ").append(r.dnsPort()).append(' ');
                }
                System.out.printf("%-8s %-6s %-13s %-10s %-28s %s%s%n", r.name(), r.kind(),
                        r.domain() == null ? "-" : r.domain(), r.state(), String.join(" ", r.addresses()), ports,
                        r.detail().isEmpty() ? "" : " (" + r.detail() + ")");
            }
        }
        return rows.stream().allMatch(r -> r.state().equals("ready") || r.state().equals("no process") || r.state().equals("container")) ? 0 : 1;
    }
}
