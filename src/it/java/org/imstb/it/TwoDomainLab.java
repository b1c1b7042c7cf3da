package org.imstb.it;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.imstb.topology.file.TopologyLoader;
import org.imstb.topology.runtime.LabState;
import org.imstb.topology.runtime.netns.NetnsFabric;

/**
 * The default two-operator topology, started once for all scenario tests of a test JVM (netns where permitted,
 * else local) and taken down when the JVM ends. UEs are driven through {@code imstb exec ueN -- imstb ue register ...}
 * so that on netns they run inside their own namespace, exactly as a user would run them.
 */
final class TwoDomainLab {
    private static TwoDomainLab instance;

    private final Path root;
    private final ImstbCli imstb;
    private final LabState state;
    private final String runtime;

    private TwoDomainLab(Path root, ImstbCli imstb, LabState state, String runtime) {
        this.root = root;
        this.imstb = imstb;
        this.state = state;
        this.runtime = runtime;
    }

    static synchronized TwoDomainLab get() throws Exception {
        if (instance == null) {
            Path root = Files.createTempDirectory("imstb-lab");
            String name = "sc" + ProcessHandle.current().pid() % 100_000;
            Path file = root.resolve(name + ".yaml");
            Files.writeString(file, TopologyLoader.defaultText().replace("name: ims", "name: " + name),
                    StandardCharsets.UTF_8);
            String runtime = NetnsFabric.probe().available() ? "netns" : "local";
            ImstbCli imstb = new ImstbCli(root.resolve("run"));
            ImstbCli.Result up = imstb.run(240, "up", file.toString(), "--runtime", runtime);
            if (!up.ok()) {
                imstb.run(120, "down");
                throw new IllegalStateException("lab did not come up:\n" + up.output());
            }
            LabState state = LabState.read(root.resolve("run").resolve(name));
            instance = new TwoDomainLab(root, imstb, state, runtime);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    imstb.run(120, "down");
                } catch (Exception e) {
                    System.err.println("lab " + name + " not taken down: " + e);
                }
            }));
        }
        return instance;
    }

    /** {@code args} followed by {@code more}: a UE command line with extra options. */
    static List<String> with(List<String> args, String... more) {
        List<String> out = new ArrayList<>(args);
        out.addAll(List.of(more));
        return out;
    }

    String runtime() {
        return runtime;
    }

    /** The lab's run directory ({@code <run root>/<lab>/}): generated configs, logs and {@code <node>.trace.jsonl}. */
    Path runDir() {
        return root.resolve("run").resolve(state.name());
    }

    /** The lab as started: every node's kind, domain, host name and addresses. */
    LabState state() {
        return state;
    }

    /** The arguments after {@code imstb} that register {@code ue} as its subscriber (from {@code imstb status}). */
    List<String> register(String ue) {
        return new ArrayList<>(List.of(state.node(ue).hint().replaceFirst("^imstb ", "").split(" ")));
    }

    /**
     * Registers as another subscriber of the UE's domain from the UE's node: its impu and credentials replace the
     * hint's (e.g. bob with his password from ue1).
     */
    List<String> registerAs(String ue, String impu, String password) {
        List<String> args = register(ue);
        int i = args.indexOf("--impu");
        args.set(i + 1, impu);
        int k = args.indexOf("--k");
        if (k >= 0) {
            args.subList(k, k + 6).clear(); // --k K --opc OPC --sqn N
            args.add("--password");
            args.add(password);
        }
        return args;
    }

    ImstbCli.Result run(long timeoutSeconds, List<String> args) throws Exception {
        return imstb.run(timeoutSeconds, args.toArray(String[]::new));
    }

    /** Starts a UE command in the background; its output goes to a file, read with {@link Background#output}. */
    Background start(String label, List<String> args) throws Exception {
        Path log = root.resolve(label + "-" + System.nanoTime() + ".log");
        return new Background(imstb.start(log, args.toArray(String[]::new)), log);
    }

    /** A UE process running in the background. */
    record Background(Process process, Path log) {
        String output() throws Exception {
            return Files.exists(log) ? Files.readString(log) : "";
        }

        /** Waits until its output contains {@code text}; false on timeout or exit. */
        boolean await(String text, long seconds) throws Exception {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < end) {
                if (output().contains(text)) {
                    return true;
                }
                if (!process.isAlive()) {
                    return output().contains(text);
                }
                Thread.sleep(100);
            }
            return false;
        }

        String finish(long seconds) throws Exception {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            return output();
        }
    }
}
