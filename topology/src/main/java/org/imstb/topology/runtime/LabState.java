package org.imstb.topology.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.imstb.topology.lab.Lab;
import org.imstb.topology.lab.LabNode;

/**
 * What {@code imstb status}, {@code logs}, {@code exec} and {@code down} need to find a running lab, written as
 * {@code lab.json} in its run directory: the runtime and every node with its kind, domain, addresses and ports.
 */
public record LabState(String name, String runtime, String topology, long startedAt, List<NodeState> nodes) {
    public static final String FILE = "lab.json";
    /** What {@code down} renames lab.json to: the lab is gone, its description stays for {@code imstb trace}. */
    public static final String STOPPED_FILE = "lab.stopped.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One node as started. {@code process} is false for nodes without a process on this runtime. */
    public record NodeState(String name, String kind, String group, String domain, String host, List<String> addresses,
            int sipPort, int diameterPort, int dnsPort, String mgmtAddress, boolean process, String hint) {
    }

    public static LabState of(Lab lab, Runtime runtime, String topology, long startedAt) {
        List<NodeState> nodes = new ArrayList<>();
        for (LabNode n : lab.nodes()) {
            nodes.add(new NodeState(n.name(), n.kind().id(), n.group(), n.domain(), n.host(),
                    n.ports().stream().map(p -> p.network() + "=" + p.address()).toList(), n.sipPort(),
                    n.diameterPort(), n.dnsPort(), n.mgmtAddress(), runtime.runs(n), hint(lab, n)));
        }
        return new LabState(lab.name(), runtime.name(), topology, startedAt, nodes);
    }

    /** For a UE: the command that registers it as its subscriber. */
    private static String hint(Lab lab, LabNode n) {
        if (n.kind() != org.imstb.topology.file.NodeKind.UE) {
            return null;
        }
        org.imstb.topology.file.Subscriber s = lab.subscriber(n);
        String secret = s.aka() != null ? "--k " + s.aka().k() + " --opc " + s.aka().opc() + " --sqn " + s.aka().sqn()
                : "--password " + s.password();
        String pcscf = lab.first(n.group(), org.imstb.topology.file.NodeKind.PCSCF).map(LabNode::sipUri)
                .orElse("sip:pcscf." + n.domain());
        return "imstb exec " + n.name() + " -- imstb ue register --impu sip:" + s.user() + "@" + n.domain() + " "
                + secret + " --pcscf " + pcscf;
    }

    public void write(Path runDir) throws IOException {
        Files.createDirectories(runDir);
        Path tmp = runDir.resolve(FILE + ".tmp");
        JSON.writeValue(tmp.toFile(), this);
        Files.move(tmp, runDir.resolve(FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    public static LabState read(Path runDir) throws IOException {
        Path f = runDir.resolve(FILE);
        if (!Files.exists(f)) {
            throw new IOException("no lab in " + runDir + " (" + FILE + " missing): start one with 'imstb up'");
        }
        return JSON.readValue(f.toFile(), LabState.class);
    }

    /** The running lab's description, else the last stopped one in {@code runDir}, else null. */
    public static LabState readAny(Path runDir) throws IOException {
        if (Files.exists(runDir.resolve(FILE))) {
            return read(runDir);
        }
        Path stopped = runDir.resolve(STOPPED_FILE);
        return Files.exists(stopped) ? JSON.readValue(stopped.toFile(), LabState.class) : null;
    }

    public NodeState node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no node '" + name + "' in lab " + this.name + " (nodes: "
                        + nodes.stream().map(NodeState::name).toList() + ")"));
    }

    public static ObjectMapper json() {
        return JSON;
    }
}
