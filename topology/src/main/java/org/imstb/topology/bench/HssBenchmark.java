package org.imstb.topology.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.imstb.common.cx.CxClient;
import org.imstb.common.cx.LocationInfoRequest;
import org.imstb.common.cx.MultimediaAuthRequest;
import org.imstb.common.cx.ServerAssignmentRequest;
import org.imstb.common.cx.ServerAssignmentType;
import org.imstb.common.cx.UserAuthorizationRequest;
import org.imstb.common.cx.UserAuthorizationType;
import org.imstb.hss.store.SubscriberStore;
import org.imstb.topology.demo.HssLab;

/**
 * Drives an HSS process with mixed Cx traffic (UAR, MAR with an AKA vector, SAR, LIR in equal parts, random
 * subscribers) from a client in this process with a fixed number of requests in flight; prints requests/s,
 * p50/p99 latency, failures and the HSS's memory.
 */
public final class HssBenchmark {
    /** What to run. */
    public record Options(Path dir, int subscribers, int seconds, int warmupSeconds, int concurrency, int hssPort,
            String hssHeap, List<String> hssJvmOptions, List<String> mix, int hssThreads, int h2CacheMb, int cacheEntries) {
    }

    private static final String SCSCF = "sip:scscf.domain1.test:6060";

    private final Options o;
    private final PrintStream out;

    public HssBenchmark(Options o, PrintStream out) {
        this.o = o;
        this.out = out;
    }

    public void run() throws Exception {
        long t0 = System.nanoTime();
        String url = SubscriberStore.fileUrl(o.dir().resolve("hss1-db"));
        try (SubscriberStore store = SubscriberStore.open(url)) {
            BenchSubscribers.provision(store, o.subscribers(), 5_000);
            out.printf("provisioned %d subscribers in %.1f s (%s)%n", store.count(), secs(t0), url);
        }
        String hssUrl = o.h2CacheMb() > 0 ? url + ";CACHE_SIZE=" + (o.h2CacheMb() * 1024) : url;
        String cache = o.cacheEntries() >= 0 ? ", cacheEntries: " + o.cacheEntries() : "";
        String extra = "  trace: {enabled: false}\n  store: {jdbcUrl: \"" + hssUrl + "\"" + cache + "}\n";
        try (HssLab lab = HssLab.start(o.dir(), o.hssPort(), o.hssPort() + 1, jvmArgs(), extra,
                o.hssThreads())) {
            out.printf("HSS pid %d ready (heap limit %s)%n", lab.hss().pid(), o.hssHeap());
            CxClient cx = new CxClient(lab.client());
            long r0 = System.nanoTime();
            long registered = registerAll(cx);
            out.printf("registered %d subscribers (SAR) in %.1f s: every run measures users that are registered%n",
                    registered, secs(r0));
            drive(cx, o.warmupSeconds(), null);
            LatencyRecorder lat = new LatencyRecorder(5_000_000);
            AtomicLong failures = new AtomicLong();
            CpuMeter cpu = new CpuMeter().add("hss", lab.hss().pid()).add("load generator",
                    ProcessHandle.current().pid()).start();
            long start = System.nanoTime();
            long done = drive(cx, o.seconds(), new Sink(lat, failures));
            double elapsed = secs(start);
            out.printf("Cx %s, %d in flight, %d s: %d answers, %.0f requests/s%n", o.mix(), o.concurrency(), o.seconds(), done, done / elapsed);
            out.printf("latency p50 %.2f ms, p99 %.2f ms; failures %d%n", lat.percentileMicros(50) / 1000,
                    lat.percentileMicros(99) / 1000, failures.get());
            cpu.print(out, done, "request");
            new MemoryProbe(lab.hss().pid()).print(out, o.subscribers());
        }
    }

    private List<String> jvmArgs() {
        List<String> args = new java.util.ArrayList<>(List.of("-Xmx" + o.hssHeap()));
        args.addAll(o.hssJvmOptions());
        return args;
    }

    private record Sink(LatencyRecorder latency, AtomicLong failures) {
    }

    /**
     * One SAR REGISTRATION per subscriber, {@code concurrency} in flight, so that the measured traffic finds every
     * user registered whatever earlier runs left in the store; returns the successful ones.
     */
    private long registerAll(CxClient cx) throws InterruptedException {
        Semaphore window = new Semaphore(o.concurrency());
        AtomicLong ok = new AtomicLong();
        for (int i = 0; i < o.subscribers(); i++) {
            window.acquire();
            cx.sar(new ServerAssignmentRequest(BenchSubscribers.impi(i), List.of(BenchSubscribers.impu(i)), SCSCF,
                    ServerAssignmentType.REGISTRATION, false), HssLab.REALM, null).whenComplete((a, e) -> {
                        window.release();
                        if (e == null && a.result().isSuccess()) {
                            ok.incrementAndGet();
                        }
                    });
        }
        window.acquire(o.concurrency());
        return ok.get();
    }

    /** Runs traffic for {@code seconds}; returns the number of answers. */
    private long drive(CxClient cx, int seconds, Sink sink) throws InterruptedException {
        Semaphore window = new Semaphore(o.concurrency());
        AtomicLong answers = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long n = 0;
        while (System.nanoTime() < end) {
            window.acquire();
            long sent = System.nanoTime();
            request(cx, n++).whenComplete((a, e) -> {
                window.release();
                answers.incrementAndGet();
                if (sink != null) {
                    sink.latency().record(System.nanoTime() - sent);
                    if (e != null || !a) {
                        sink.failures().incrementAndGet();
                    }
                }
            });
        }
        window.acquire(o.concurrency());
        return answers.get();
    }

    private CompletableFuture<Boolean> request(CxClient cx, long n) {
        int i = ThreadLocalRandom.current().nextInt(o.subscribers());
        String impi = BenchSubscribers.impi(i);
        String impu = BenchSubscribers.impu(i);
        String realm = HssLab.REALM;
        return switch (o.mix().get((int) (n % o.mix().size()))) {
            case "uar" -> cx.uar(new UserAuthorizationRequest(impi, impu, realm, UserAuthorizationType.REGISTRATION),
                    realm, null).thenApply(a -> a.result().isSuccess());
            case "mar" -> cx.mar(new MultimediaAuthRequest(impi, impu, SCSCF, 1, "Digest-AKAv1-MD5", null), realm, null)
                    .thenApply(a -> a.result().isSuccess() && a.items().size() == 1);
            case "sar" -> cx.sar(new ServerAssignmentRequest(impi, List.of(impu), SCSCF,
                    ServerAssignmentType.REGISTRATION, false), realm, null).thenApply(a -> a.result().isSuccess());
            default -> cx.lir(new LocationInfoRequest(impu, false, null), realm, null)
                    .thenApply(a -> a.result().isSuccess() || a.result().code() == 5003);
        };
    }

    private static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
