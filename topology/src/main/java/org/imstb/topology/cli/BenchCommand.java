package org.imstb.topology.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.imstb.topology.bench.HssBenchmark;
import org.imstb.topology.bench.RegistrationBenchmark;
import org.imstb.topology.demo.CoreLab;
import org.imstb.topology.demo.HssLab;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code imstb bench hss|register|call|sip}: Cx throughput, registration rate, call rate, latencies, memory and the
 * cost of one SIP message (a benchmark
 * prints figures; no test asserts them).
 */
@Command(name = "bench", description = "Benchmarks that print figures.",
        subcommands = {BenchCommand.Hss.class, BenchCommand.Register.class, BenchCommand.Call.class,
                BenchCommand.SipCost.class})
final class BenchCommand {
    static final String PROFILER_HELP = "async-profiler's libasyncProfiler.so: loaded into every node at start, "
            + "samples CPU over the measured window; writes <dir>/profiles/<node>.collapsed and prints where each "
            + "node's CPU went (not shipped; tools.profiler:async-profiler on Maven Central has it)";

    @Command(name = "hss", description = "Mixed Cx traffic against an HSS process; prints requests/s, p50/p99, memory.")
    static final class Hss implements Callable<Integer> {
        @Option(names = "--dir", defaultValue = "run/bench-hss", description = "run directory (default: ${DEFAULT-VALUE})")
        Path dir;
        @Option(names = "--subscribers", defaultValue = "100000", description = "provisioned subscribers (default: ${DEFAULT-VALUE})")
        int subscribers;
        @Option(names = "--seconds", defaultValue = "20", description = "measured seconds (default: ${DEFAULT-VALUE})")
        int seconds;
        @Option(names = "--warmup", defaultValue = "60",
                description = "warm-up seconds, untimed: JIT compilation settles (default: ${DEFAULT-VALUE})")
        int warmup;
        @Option(names = "--concurrency", defaultValue = "64", description = "requests in flight (default: ${DEFAULT-VALUE})")
        int concurrency;
        @Option(names = "--port", defaultValue = "3968", description = "HSS Diameter port (default: ${DEFAULT-VALUE})")
        int port;
        @Option(names = "--mix", split = ",", defaultValue = "uar,mar,sar,lir",
                description = "commands sent in turn: uar, mar, sar, lir (default: ${DEFAULT-VALUE})")
        List<String> mix;
        @Option(names = "--hss-threads", defaultValue = "0",
                description = "HSS Diameter worker threads (default: the node default)")
        int threads;
        @Option(names = "--h2-cache-mb", defaultValue = "0",
                description = "H2 page cache of the HSS in MB (default: the store's default)")
        int h2CacheMb;
        @Option(names = "--hss-heap", defaultValue = "176m", description = "HSS -Xmx (default: ${DEFAULT-VALUE})")
        String heap;
        @Option(names = "--hss-jvm-option", description = "a JVM option of the HSS process, repeatable "
                + "(default: -Xmn24m -XX:+UseSerialGC -Xss512k -XX:TrimNativeHeapInterval=5000)")
        List<String> jvmOptions = List.of();
        @Option(names = "--cache-entries", defaultValue = "-1", description = "the HSS's store.cacheEntries "
                + "(default: room for every subscriber; 0 for none; the node's own default follows its heap limit)")
        int cacheEntries;

        @Override
        public Integer call() throws Exception {
            System.setProperty("jdk.net.hosts.file", HssLab.writeHosts(dir).toAbsolutePath().toString());
            List<String> hssJvm = jvmOptions.isEmpty()
                    ? List.of("-Xmn24m", "-XX:+UseSerialGC", "-Xss512k", "-XX:TrimNativeHeapInterval=5000")
                    : jvmOptions;
            int entries = cacheEntries >= 0 ? cacheEntries : subscribers + subscribers / 10 + 16;
            new HssBenchmark(new HssBenchmark.Options(dir, subscribers, seconds, warmup, concurrency, port, heap,
                    hssJvm, mix, threads, h2CacheMb, entries), System.out).run();
            return 0;
        }
    }

    @Command(name = "register", description = "Full IMS AKA registrations through P-CSCF, I-CSCF, S-CSCF and HSS "
            + "processes; prints registrations/s, failures, REGISTER->200 p50/p99, memory.")
    static final class Register implements Callable<Integer> {
        @Option(names = "--dir", defaultValue = "run/bench-register", description = "run directory (default: ${DEFAULT-VALUE})")
        Path dir;
        @Option(names = "--users", defaultValue = "20000", description = "users registered in the measured run (default: ${DEFAULT-VALUE})")
        int users;
        @Option(names = "--rate", defaultValue = "1000", description = "registrations started per second (default: ${DEFAULT-VALUE})")
        int rate;
        @Option(names = "--warmup-users", defaultValue = "60000", description = "users provisioned for the warm-up, "
                + "registered in rounds until the nodes' JIT compilers are quiet (default: ${DEFAULT-VALUE})")
        int warmup;
        @Option(names = "--warmup-seconds", defaultValue = "300", description = "the warm-up stops after this long "
                + "even if the compilers are busy (default: ${DEFAULT-VALUE})")
        int warmupSeconds;
        @Option(names = "--in-flight", defaultValue = "200", description = "registrations in progress at most (default: ${DEFAULT-VALUE})")
        int inFlight;
        @Option(names = "--heap", defaultValue = "768m", description = "-Xmx of each node; the S-CSCF and P-CSCF hold "
                + "every registered user, and over UDP every node holds its transactions for 32 s (default: ${DEFAULT-VALUE})")
        String heap;
        @Option(names = "--node-jvm-option", description = "a JVM option of every node process, repeatable "
                + "(default: -XX:+UseSerialGC)")
        List<String> nodeJvmOptions = List.of();
        @Option(names = "--async-profiler", paramLabel = "LIB", description = PROFILER_HELP)
        Path asyncProfiler;

        @Override
        public Integer call() throws Exception {
            System.setProperty("jdk.net.hosts.file", CoreLab.writeHosts(dir).toAbsolutePath().toString());
            new RegistrationBenchmark(new RegistrationBenchmark.Options(dir, users, rate, warmup, warmupSeconds,
                    inFlight, heap, nodeJvmOptions, asyncProfiler),
                    System.out).run();
            return 0;
        }
    }

    @Command(name = "call", description = "Calls across the two operators of the default topology (local runtime) "
            + "with preconditions, PRACK and UPDATE; prints calls/s, failures, INVITE->180 and INVITE->200 p50/p99.")
    static final class Call implements Callable<Integer> {
        @Option(names = "--dir", defaultValue = "run/bench-call", description = "run directory (default: ${DEFAULT-VALUE})")
        Path dir;
        @Option(names = "--users", defaultValue = "20", description = "callers in domain1 and callees in domain2 (default: ${DEFAULT-VALUE})")
        int users;
        @Option(names = "--rate", defaultValue = "200", description = "calls started per second (default: ${DEFAULT-VALUE})")
        int rate;
        @Option(names = "--seconds", defaultValue = "20", description = "how long calls are started (default: ${DEFAULT-VALUE})")
        int seconds;
        @Option(names = "--warmup-seconds", defaultValue = "600", description = "calls are placed in untimed rounds "
                + "until the nodes' JIT compilers are quiet or for this long (default: ${DEFAULT-VALUE})")
        int warmupSeconds;
        @Option(names = "--in-flight", defaultValue = "100", description = "calls in progress at most (default: ${DEFAULT-VALUE})")
        int inFlight;
        @Option(names = "--plain", description = "plain INVITE/180/200/ACK without preconditions")
        boolean plain;
        @Option(names = "--jfr", description = "record a Java Flight Recording of each node process in <dir>/jfr")
        boolean jfr;
        @Option(names = "--node-jvm-option", description = "a JVM option of every node process, repeatable "
                + "(default: the default topology's jvmOptions without -XX:TieredStopAtLevel=1)")
        List<String> nodeJvmOptions = List.of();
        @Option(names = "--async-profiler", paramLabel = "LIB", description = PROFILER_HELP)
        Path asyncProfiler;

        @Override
        public Integer call() throws Exception {
            new org.imstb.topology.bench.CallBenchmark(new org.imstb.topology.bench.CallBenchmark.Options(dir, users,
                    rate, seconds, warmupSeconds, inFlight, !plain, jfr, nodeJvmOptions, asyncProfiler), System.out).run();
            return 0;
        }
    }

    @Command(name = "sip", description = "What one SIP message costs at least here (JAIN-SIP parse, encode, clone; a UDP "
            + "datagram; a thread hand-over), one thread, warm code.")
    static final class SipCost implements Callable<Integer> {
        @Option(names = "--warmup", defaultValue = "8", description = "untimed seconds per line (default: ${DEFAULT-VALUE})")
        int warmup;
        @Option(names = "--seconds", defaultValue = "5", description = "measured seconds per line (default: ${DEFAULT-VALUE})")
        int seconds;

        @Override
        public Integer call() throws Exception {
            new org.imstb.topology.bench.SipCostBenchmark(System.out, warmup, seconds).run();
            return 0;
        }
    }
}
