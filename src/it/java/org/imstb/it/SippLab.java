package org.imstb.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.imstb.common.sip.SipPorts;
import org.imstb.topology.runtime.LabState;
import org.imstb.topology.runtime.Runtimes;

/**
 * Running SIPp as a UE of the lab (SippCallIT, ExtensionRequiredIT): where it runs ({@link Side}), starting it on the
 * UE's node (in its namespace on netns), waiting for it, its {@code <log>} lines and a failure report. See SippCallIT
 * for the addresses and ports used on each runtime and the SIPp 3.6 quirks met.
 */
final class SippLab {
    static final String SIPP = "sipp";
    static final int NETNS_PORT = 5080;

    private SippLab() {
    }

    /** Where one SIPp of the call runs: the UE node, its local address, its ports and its P-CSCF. */
    record Side(String ue, String ip, int port, int mediaPort, String pcscfIp, int pcscfPort, String pcscfUri) {
        static Side of(LabState state, String ue, String pcscf) {
            LabState.NodeState p = state.node(pcscf);
            boolean netns = "netns".equals(state.runtime());
            return new Side(ue, address(state.node(ue)), netns ? NETNS_PORT : SipPorts.free("::1"),
                    netns ? 6000 : SipPorts.free("::1"), address(p), p.sipPort(),
                    "sip:" + p.host() + ":" + p.sipPort());
        }

        /** SIPp's local address and port options and the common ones. */
        List<String> local(Path scenario) {
            return new ArrayList<>(List.of(SIPP, "-sf", scenario.getFileName().toString(), "-i", ip, "-p",
                    Integer.toString(port), "-mp", Integer.toString(mediaPort), "-m", "1", "-t", "u1", "-nostdin",
                    "-trace_err", "-trace_msg", "-trace_logs", "-timeout", "40s", "-timeout_error"));
        }

        String remote() {
            return "[" + pcscfIp + "]:" + pcscfPort;
        }

        private static String address(LabState.NodeState n) {
            String a = n.addresses().get(0);
            return a.substring(a.indexOf('=') + 1);
        }
    }

    static List<String> withRemote(List<String> cmd, String remote) {
        if (remote != null) {
            cmd.add(remote);
        }
        return cmd;
    }

    /** Starts SIPp as {@code side}'s UE node (in its namespace on netns); output to {@code <label>.out}. */
    static Process start(LabState state, Path work, String label, Side side, List<String> sipp) throws IOException {
        List<String> cmd = new ArrayList<>(Runtimes.named(state.runtime()).execPrefix(state.name(), side.ue()));
        cmd.addAll(sipp);
        Files.writeString(work.resolve(label + ".cmd"), String.join(" ", cmd) + "\n");
        return new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve(label + ".out").toFile()).start();
    }

    /** {@link #start}, then {@link #finish}: SIPp's exit status, -1 when it did not end in time. */
    static int run(LabState state, Path work, String label, Side side, List<String> sipp, long seconds)
            throws Exception {
        return finish(start(state, work, label, side, sipp), seconds);
    }

    static int finish(Process p, long seconds) throws InterruptedException {
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            return -1;
        }
        return p.exitValue();
    }

    /** True once a UDP socket is bound to the side's port in its network (/proc/net/udp6 of its namespace). */
    static boolean awaitBound(LabState state, Side side, long seconds) throws Exception {
        List<String> cmd = new ArrayList<>(Runtimes.named(state.runtime()).execPrefix(state.name(), side.ue()));
        cmd.addAll(List.of("cat", "/proc/net/udp6"));
        String port = String.format(Locale.ROOT, ":%04X ", side.port());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            ImstbCli.Result r = ImstbCli.sh(cmd.toArray(String[]::new));
            // "  sl  local_address ...", then "   0: 00000000000000000000000000000000:13D8 ..." per socket
            if (r.output().lines().map(l -> l.trim().split("\\s+")).anyMatch(f -> f.length > 1
                    && (f[1] + " ").endsWith(port))) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** Every SIPp {@code <log>} line of the runs in {@code work} (the {@code *_logs.log} files). */
    static String logs(Path work) throws IOException {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> files = Files.list(work)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith("_logs.log")).sorted().toList()) {
                b.append(SippFiles.read(f));
            }
        }
        return b.toString();
    }

    /** SIPp's commands, output, logs (errors, messages, log actions) and the tails of the nodes on the path. */
    static String report(Path work, TwoDomainLab lab) {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> files = Files.list(work)) {
            files.filter(f -> f.getFileName().toString().matches(".*\\.(cmd|out|log)")).sorted()
                    .forEach(f -> b.append("\n--- ").append(f.getFileName()).append(":\n")
                            .append(SippFiles.tail(SippFiles.read(f), 8000)));
        } catch (IOException e) {
            b.append("\n(cannot list ").append(work).append(": ").append(e).append(')');
        }
        for (String node : List.of("pcscf1", "scscf1", "icscf1", "icscf2", "scscf2", "pcscf2")) {
            b.append("\n--- ").append(node).append(".log (tail):\n")
                    .append(SippFiles.tail(SippFiles.read(lab.runDir().resolve(node + ".log")), 4000));
        }
        return b.toString();
    }
}
