package org.imstb.topology.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.imstb.topology.runtime.LabState;
import org.imstb.topology.runtime.Runtime;
import org.imstb.topology.runtime.Runtimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code imstb capture NETWORK... [--duration S]}: one pcap per network ({@code <run dir>/<network>.pcap}, or
 * {@code --out DIR}) until Ctrl-C, SIGTERM or the duration ends. Wireshark and tshark open the files.
 */
@Command(name = "capture", description = "Capture every packet on lab networks into pcap files (netns runtime).")
final class CaptureCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", description = "network names, e.g. net1 net3")
    List<String> networks;

    @Option(names = "--duration", defaultValue = "0", description = "stop after this many seconds (0: until Ctrl-C)")
    int seconds;

    @Option(names = "--out", description = "directory for the pcap files (default: the lab's run directory)")
    Path out;

    @Mixin
    LabOptions lab;

    @Override
    public Integer call() throws Exception {
        Path dir = lab.runDir();
        LabState state = LabState.read(dir);
        Runtime runtime = Runtimes.named(state.runtime());
        Path target = out != null ? out : dir;
        Files.createDirectories(target);
        List<Process> captures = new ArrayList<>();
        for (String network : networks) {
            boolean known = state.nodes().stream().anyMatch(n -> n.addresses().stream()
                    .anyMatch(a -> a.startsWith(network + "=")));
            if (!known) {
                System.err.println("imstb capture: no network '" + network + "' in lab " + state.name());
                return 2;
            }
            Path pcap = target.resolve(network + ".pcap").toAbsolutePath();
            List<String> cmd;
            try {
                cmd = runtime.captureCommand(state.name(), network, pcap);
            } catch (UnsupportedOperationException e) {
                System.err.println("imstb capture: " + e.getMessage());
                return 2;
            }
            captures.add(new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(target.resolve(network + ".capture.log").toFile()).start());
            System.out.println("capturing " + network + " -> " + pcap);
        }
        Thread stop = new Thread(() -> captures.forEach(CaptureCommand::finish));
        java.lang.Runtime.getRuntime().addShutdownHook(stop);
        System.out.println(seconds > 0 ? "for " + seconds + " s" : "Ctrl-C to stop");
        long deadline = seconds > 0 ? System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds) : Long.MAX_VALUE;
        for (Process p : captures) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !p.waitFor(left, TimeUnit.NANOSECONDS)) {
                break;
            }
            if (p.exitValue() != 0) {
                System.err.println("imstb capture: a capture ended with exit code " + p.exitValue() + " (see "
                        + target + "/*.capture.log)");
                return 1;
            }
        }
        return 0;
    }

    private static void finish(Process p) {
        if (p.isAlive()) {
            p.destroy();
            try {
                p.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
