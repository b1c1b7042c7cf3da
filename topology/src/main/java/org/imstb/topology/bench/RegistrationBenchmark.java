package org.imstb.topology.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.imstb.hss.store.SubscriberStore;
import org.imstb.topology.demo.CoreLab;

/**
 * Registers N users at rate R through P-CSCF → I-CSCF → S-CSCF with the HSS (each its own process, IMS AKA, full
 * initial registrations: UAR, MAR, 401, UAR, SAR, 200) and prints successful registrations/s, failures and
 * REGISTER→200 p50/p99, plus each node's memory.
 */
public final class RegistrationBenchmark {
    /** What to run. */
    public record Options(Path dir, int users, int rate, int warmupUsers, int inFlight, String heap) {
    }

    private final Options o;
    private final PrintStream out;

    public RegistrationBenchmark(Options o, PrintStream out) {
        this.o = o;
        this.out = out;
    }

    public void run() throws Exception {
        int total = o.warmupUsers() + o.users();
        String url = SubscriberStore.fileUrl(o.dir().resolve("hss1-db"));
        try (SubscriberStore store = SubscriberStore.open(url)) {
            BenchSubscribers.provision(store, total, 5_000);
            out.printf("provisioned %d subscribers (%s)%n", store.count(), url);
        }
        String quiet = "  trace: {enabled: false}\n";
        CoreLab.Overrides extra = new CoreLab.Overrides(quiet + "  store: {jdbcUrl: \"" + url + "\"}\n", quiet,
                quiet, quiet + "  regEvent: false\n");
        try (CoreLab lab = CoreLab.start(o.dir(), List.of("-Xmx" + o.heap(), "-XX:+UseSerialGC"), extra);
                RegistrationLoad load = new RegistrationLoad(lab.pcscfUri(), o.inFlight())) {
            out.printf("core ready: P-CSCF %s%n", lab.pcscfUri());
            if (o.warmupUsers() > 0) {
                RegistrationLoad.Result w = load.run(0, o.warmupUsers(), Math.min(o.rate(), 200),
                        new LatencyRecorder(o.warmupUsers()));
                out.printf("warm-up: %d registered, %d failed in %.1f s%n", w.ok(), w.failed(), w.seconds());
            }
            LatencyRecorder lat = new LatencyRecorder(o.users());
            RegistrationLoad.Result r = load.run(o.warmupUsers(), total, o.rate(), lat);
            out.printf("%d users offered at %d/s (max %d in flight): %d registered, %d failed, %d unanswered%n",
                    o.users(), o.rate(), o.inFlight(), r.ok(), r.failed(), r.unanswered());
            out.printf("%.0f successful registrations/s; REGISTER->200 p50 %.2f ms, p99 %.2f ms%n",
                    r.ok() / r.seconds(), lat.percentileMicros(50) / 1000, lat.percentileMicros(99) / 1000);
            for (String node : List.of("hss1", "icscf1", "scscf1", "pcscf1")) {
                out.printf("%s resident %d MB%n", node, new MemoryProbe(lab.node(node).pid()).rssKb() / 1024);
            }
        }
    }
}
