package org.imstb.topology.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.imstb.common.sip.SipConfig;
import org.imstb.common.trace.MessageObserver;
import org.imstb.topology.file.TopologyFile;
import org.imstb.topology.file.TopologyLoader;
import org.imstb.topology.lab.LabNode;
import org.imstb.topology.runtime.LabRunner;
import org.imstb.topology.runtime.LocalRuntime;
import org.imstb.topology.process.NodeProcess;
import org.imstb.ue.Credentials;
import org.imstb.ue.Ue;
import org.imstb.ue.UeConfig;
import org.imstb.ue.session.CallResult;
import org.imstb.ue.session.Sessions;

/**
 * Calls per second through the full inter-operator path of the default topology (local runtime: each node its own
 * process on the loopback, node traces off): {@code users} callers of domain1 and as many callees of domain2 register
 * (SIP Digest), then calls are started at {@code rate} per second for {@code seconds}, each with QoS preconditions
 * (INVITE, reliable 183, PRACK, UPDATE, 180, 200, ACK) and ended with BYE at once. Prints completed calls/s, failures
 * and INVITE→180 / INVITE→200 p50/p99 (the callee rings only when preconditions are met, after PRACK and UPDATE).
 * The UEs run in this process and share the machine's cores with the nodes.
 */
public final class CallBenchmark {
    /** What to run. */
    public record Options(Path dir, int users, int rate, int seconds, int warmupSeconds, int inFlight,
            boolean preconditions, boolean jfr, List<String> nodeJvmOptions, Path asyncProfiler) {
    }

    /** The {@code jvmOptions: [...]} line of the default topology's defaults: its indentation and its list. */
    private static final java.util.regex.Pattern JVM_OPTIONS =
            java.util.regex.Pattern.compile("(?m)^( +jvmOptions: )\\[([^\\]]*)\\][^\\n]*\\n");

    private final Options o;
    private final PrintStream out;
    private org.imstb.common.dns.DnsClientConfig dns;

    public CallBenchmark(Options o, PrintStream out) {
        this.o = o;
        this.out = out;
    }

    public void run() throws Exception {
        if (o.asyncProfiler() != null) {
            // a JVM dumping its class-data archive refuses native agents: the profiled lab runs without one
            System.setProperty("imstb.cds", "false");
        }
        Path topology = writeTopology();
        TopologyFile file = TopologyLoader.load(topology);
        LabRunner.Started lab = LabRunner.up(file, topology, new LocalRuntime(), o.dir().resolve("bench"),
                Duration.ofSeconds(120), out);
        List<Ue> ues = new ArrayList<>();
        try {
            String pcscf1 = "sip:[::1]:" + lab.lab().node("pcscf1").sipPort();
            String pcscf2 = "sip:[::1]:" + lab.lab().node("pcscf2").sipPort();
            // this JVM has no lab hosts file: the UEs resolve the CSCFs' names (route sets) through the lab's DNS
            dns = org.imstb.common.dns.DnsClientConfig.of("::1", lab.lab().node("dns").dnsPort());
            List<Ue> callers = new ArrayList<>();
            for (int i = 0; i < o.users(); i++) {
                callers.add(register(ues, "b1u" + i, "domain1.test", pcscf1));
                register(ues, "b2u" + i, "domain2.test", pcscf2);
            }
            out.printf("%d callers (domain1) and %d callees (domain2) registered%n", o.users(), o.users());
            List<Long> pids = new ArrayList<>();
            lab.processes().forEach(p -> pids.add(p.pid()));
            pids.add(ProcessHandle.current().pid());
            // rounds of ten seconds at the offered rate until the JIT compilers are quiet
            new WarmUp(WarmUp.processes(pids), WarmUp.QUIET, Duration.ofSeconds(o.warmupSeconds())).run(log -> {
                long[] w = measure(callers, 10, o.rate(), null);
                log.printf("warm-up: %d calls completed, %d failed%n", w[1], w[2]);
                return true;
            }, out);
            LatencyRecorder ringing = new LatencyRecorder(o.rate() * o.seconds() + 16);
            LatencyRecorder answered = new LatencyRecorder(o.rate() * o.seconds() + 16);
            CpuMeter cpu = new CpuMeter();
            lab.processes().forEach(p -> cpu.add(p.name(), p.pid()));
            NodeProfiler profiler = null;
            if (o.asyncProfiler() != null) {
                profiler = new NodeProfiler(o.asyncProfiler(), o.dir().resolve("profiles"));
                for (NodeProcess p : lab.processes()) {
                    profiler.add(p.name(), p.pid());
                }
                profiler.start();
            }
            cpu.add("bench (UEs)", ProcessHandle.current().pid()).start();
            long[] r = measure(callers, o.seconds(), o.rate(), new LatencyRecorder[] {ringing, answered});
            double secs = r[3] / 1e9;
            out.printf("%d calls offered at %d/s for %d s (max %d in flight, %s): %d completed, %d failed, "
                    + "%d not started (in-flight limit)%n", r[0], o.rate(), o.seconds(), o.inFlight(),
                    o.preconditions() ? "preconditions, PRACK, UPDATE" : "plain INVITE", r[1], r[2], r[4]);
            out.printf("%.0f completed calls/s; INVITE->180 p50 %.1f ms p99 %.1f ms; INVITE->200 p50 %.1f ms "
                    + "p99 %.1f ms%n", r[1] / secs, ringing.percentileMicros(50) / 1000,
                    ringing.percentileMicros(99) / 1000, answered.percentileMicros(50) / 1000,
                    answered.percentileMicros(99) / 1000);
            cpu.print(out, r[1] + r[2], "call");
            if (profiler != null) {
                profiler.stop(out);
            }
            for (NodeProcess p : lab.processes()) {
                out.printf("%s resident %d MB%n", p.name(), new MemoryProbe(p.pid()).rssKb() / 1024);
            }
        } finally {
            closeAll(ues);
            LabRunner.down(o.dir().resolve("bench"), out);
        }
    }

    /** Closes the UEs side by side: JAIN-SIP's stack stop sleeps a second each. */
    private static void closeAll(List<Ue> ues) throws InterruptedException {
        ExecutorService closer = Executors.newFixedThreadPool(Math.max(1, ues.size()));
        ues.forEach(ue -> closer.execute(ue::close));
        closer.shutdown();
        closer.awaitTermination(30, TimeUnit.SECONDS);
    }

    /** Offered, completed, failed, elapsed ns, not started. */
    private long[] measure(List<Ue> callers, int seconds, int rate, LatencyRecorder[] latency) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, o.inFlight()));
        Semaphore slots = new Semaphore(o.inFlight());
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        java.util.Map<String, AtomicLong> why = new java.util.concurrent.ConcurrentSkipListMap<>();
        long skipped = 0;
        long offered = 0;
        long start = System.nanoTime();
        long total = (long) rate * seconds;
        for (long i = 0; i < total; i++) {
            long due = start + i * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            offered++;
            if (!slots.tryAcquire()) {
                skipped++;
                continue;
            }
            int n = (int) (i % callers.size());
            Ue caller = callers.get(n);
            String callee = "sip:b2u" + n + "@domain2.test";
            pool.execute(() -> {
                try {
                    Sessions.Call c = caller.call(callee, o.preconditions());
                    CallResult r = c.result();
                    int bye = r.ok() ? caller.hangup(c.callId()) : 0;
                    if (r.ok() && bye == 200) {
                        ok.incrementAndGet();
                        if (latency != null) {
                            latency[0].record(r.ringingNs());
                            latency[1].record(r.finalNs());
                        }
                    } else {
                        failed.incrementAndGet();
                        why.computeIfAbsent(r.ok() ? "BYE " + bye : "INVITE " + r.status(), k -> new AtomicLong())
                                .incrementAndGet();
                    }
                } catch (Exception e) {
                    failed.incrementAndGet();
                    why.computeIfAbsent(e.getClass().getSimpleName() + ": " + e.getMessage(),
                            k -> new AtomicLong()).incrementAndGet();
                } finally {
                    slots.release();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(60, TimeUnit.SECONDS);
        if (!why.isEmpty()) {
            out.println("failures: " + why);
        }
        return new long[] {offered, ok.get(), failed.get(), System.nanoTime() - start, skipped};
    }

    private Ue register(List<Ue> ues, String user, String domain, String pcscf) throws Exception {
        UeConfig config = new UeConfig("sip:" + user + "@" + domain, user + "@" + domain, pcscf,
                new SipConfig(null, "::1", 0, List.of("udp"), 4, dns), 30_000);
        Ue ue = Ue.start(config, Credentials.password(user + "-pw"), MessageObserver.NONE);
        ues.add(ue);
        int status = ue.register(3600).status();
        if (status != 200) {
            throw new IllegalStateException(user + " did not register: " + status);
        }
        return ue;
    }

    /** A flight recording per node process in {@code <dir>/jfr} when asked for (profile settings). */
    private java.util.Optional<String> jfrOption() throws java.io.IOException {
        if (!o.jfr()) {
            return java.util.Optional.empty();
        }
        Path jfr = Files.createDirectories(o.dir().resolve("jfr")).toAbsolutePath();
        return java.util.Optional.of("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + jfr + "/");
    }

    /**
     * The topology's JVM options without {@code -XX:TieredStopAtLevel=1}: a lab stops at C1 to start in seconds, a
     * benchmark measures a core that has run for a while. Once warm (the warm-up waits for the compilers), C2's code
     * carried 86 calls/s where C1's carried 36/s (2026-11-22, same hour); C2 needs minutes of warm-up on two cores.
     */
    static List<String> steadyState(List<String> topologyOptions) {
        return topologyOptions.stream().map(String::strip)
                .filter(option -> !option.startsWith("-XX:TieredStopAtLevel")).toList();
    }

    /**
     * The default topology with the benchmark's subscribers and node traces off; the nodes run with the topology's
     * own JVM options (what a user's lab runs) but both JIT tiers, unless others are given.
     */
    private Path writeTopology() throws Exception {
        Files.createDirectories(o.dir());
        StringBuilder d1 = new StringBuilder();
        StringBuilder d2 = new StringBuilder();
        for (int i = 0; i < o.users(); i++) {
            d1.append("        - {user: b1u").append(i).append(", password: b1u").append(i).append("-pw}\n");
            d2.append("        - {user: b2u").append(i).append(", password: b2u").append(i).append("-pw}\n");
        }
        String defaults = TopologyLoader.defaultText();
        java.util.regex.Matcher jvm = JVM_OPTIONS.matcher(defaults);
        if (!jvm.find()) {
            throw new IllegalStateException("the default topology has no defaults.jvmOptions line");
        }
        List<String> options = new ArrayList<>(o.nodeJvmOptions().isEmpty()
                ? steadyState(List.of(jvm.group(2).split(",\\s*"))) : o.nodeJvmOptions());
        jfrOption().ifPresent(options::add);
        if (o.asyncProfiler() != null) {
            options.addAll(NodeProfiler.jvmOptions(o.asyncProfiler()));
        }
        StringBuilder list = new StringBuilder();
        for (String option : options) {
            list.append(list.length() == 0 ? "" : ", ").append('"').append(option.strip()).append('"');
        }
        String text = defaults.substring(0, jvm.start()) + jvm.group(1) + "[" + list + "]\n"
                + jvm.group(1).replace("jvmOptions: ", "config: {trace: {enabled: false}}\n")
                + defaults.substring(jvm.end());
        text = text
                .replace("name: ims", "name: bench")
                .replace("        - {user: bob, tel: \"+15551002\", password: bob-secret}\n",
                        "        - {user: bob, tel: \"+15551002\", password: bob-secret}\n" + d1)
                .replace("        - {user: dave, tel: \"+15552002\", password: dave-secret}\n",
                        "        - {user: dave, tel: \"+15552002\", password: dave-secret}\n" + d2);
        Path file = o.dir().resolve("bench-topology.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
