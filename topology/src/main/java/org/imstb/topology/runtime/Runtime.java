package org.imstb.topology.runtime;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.imstb.topology.lab.Addressing;
import org.imstb.topology.lab.Lab;
import org.imstb.topology.lab.LabNode;

/**
 * Where a lab's nodes run. The topology says what; a runtime says where: it places nodes ({@link #addressing}),
 * builds whatever network they need ({@link #prepare}), says how to run a command as a node ({@link #execPrefix}) and
 * removes what it built ({@link #teardown}). Node code never knows which runtime it is on.
 */
public interface Runtime {
    /** {@code netns}, {@code local} or {@code docker}. */
    String name();

    /** How this runtime places the nodes of lab {@code labName}. */
    Addressing addressing(String labName);

    /** True when {@code node} runs as a node process on this runtime (default: the process kinds). */
    default boolean runs(LabNode node) {
        return node.kind().process();
    }

    /**
     * True when the runner starts the node processes itself ({@code imstb node} through {@link #execPrefix}); false
     * when {@link #prepare} starts them (docker: the containers are the processes, and {@code prepare} returns once
     * they are healthy).
     */
    default boolean startsProcesses() {
        return true;
    }

    /** Builds the lab's networks; returns warnings to show the user. */
    List<String> prepare(Lab lab, Path runDir) throws IOException;

    /** The command prefix that runs a process as {@code node} (empty when processes run in the runner's network). */
    List<String> execPrefix(String labName, String node);

    /** Removes everything this runtime built for the lab, also after a crash; idempotent. */
    void teardown(String labName, Path runDir) throws IOException;

    /**
     * The command that captures everything on {@code network} into the pcap file {@code out} until it is sent
     * SIGTERM; throws UnsupportedOperationException with the reason where this runtime cannot capture per network.
     */
    default List<String> captureCommand(String labName, String network, Path out) {
        throw new UnsupportedOperationException("runtime " + name() + " has no per-network capture; use the netns "
                + "runtime, or the nodes' trace records (<node>.trace.jsonl) which hold every SIP and Diameter message");
    }

    /** Objects of the lab that still exist (namespaces, links); empty when torn down. */
    List<String> leftovers(String labName) throws IOException;
}
