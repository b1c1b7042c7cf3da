package org.imstb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.imstb.common.testing.FreePorts;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interoperability with an independent Diameter implementation, freeDiameter (Debian's {@code freeDiameterd}): it
 * connects to the HSS (running as its own process) over plain TCP, and the two exchange CER/CEA (RFC 6733 §5.3),
 * DWR/DWA (RFC 3539 watchdog, Tw 6 s on both sides) and, when freeDiameterd gets SIGTERM, DPR/DPA (§5.4).
 * Skipped when freeDiameterd is not installed.
 */
class FreeDiameterInteropIT {
    static final String FD = "fd.domain1.test";
    static final Duration STEP = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void capabilitiesWatchdogAndDisconnectWithFreeDiameter() throws Exception {
        Optional<Path> fdd = onPath("freeDiameterd");
        Assumptions.assumeTrue(fdd.isPresent(), "freeDiameterd is not on PATH (Debian package freediameter): "
                + "the freeDiameter interop test is skipped");

        int hssPort = FreePorts.next();
        Path hosts = dir.resolve("hosts");
        Files.writeString(hosts, "::1 localhost " + HssProcess.HOST + " " + FD + "\n");
        Path fdDir = Files.createDirectories(dir.resolve("freediameter"));
        writeSelfSignedPem(fdDir);
        Path conf = fdDir.resolve("freeDiameter.conf");
        Files.writeString(conf, freeDiameterConfig(fdDir, hssPort, FreePorts.next(), FreePorts.next()));
        Path fdLog = fdDir.resolve("freeDiameterd.log");

        try (HssProcess hss = HssProcess.start(dir.resolve("run"), hssPort, List.of(FD), 6, hosts)) {
            Process fd = new ProcessBuilder(fdd.get().toString(), "-c", conf.toString())
                    .redirectErrorStream(true).redirectOutput(fdLog.toFile()).start();
            try {
                // CER/CEA: freeDiameter connects and the HSS accepts it
                assertTrue(hss.awaitTrace(HssProcess.record("IN", FD, "CER"), STEP),
                        "no CER from freeDiameter:\n" + hss.traceSummary() + tail(fdLog));
                assertTrue(hss.awaitTrace(HssProcess.record("OUT", FD, "CEA DIAMETER_SUCCESS"), STEP),
                        "no CEA 2001:\n" + hss.traceSummary() + tail(fdLog));
                assertTrue(awaitLog(fdLog, s -> s.contains("STATE_OPEN"), STEP),
                        "freeDiameter did not open the connection:" + tail(fdLog));

                // DWR/DWA: after Tw of silence one side asks, the other answers
                Predicate<JsonNode> dwrIn = HssProcess.record("IN", FD, "DWR");
                Predicate<JsonNode> dwaOut = HssProcess.record("OUT", FD, "DWA DIAMETER_SUCCESS");
                Predicate<JsonNode> dwrOut = HssProcess.record("OUT", FD, "DWR");
                Predicate<JsonNode> dwaIn = HssProcess.record("IN", FD, "DWA DIAMETER_SUCCESS");
                assertTrue(hss.awaitTrace(r -> dwaOut.test(r) || dwaIn.test(r), STEP),
                        "no watchdog exchange:\n" + hss.traceSummary() + tail(fdLog));
                List<JsonNode> trace = hss.trace();
                assertTrue(trace.stream().anyMatch(dwrIn) && trace.stream().anyMatch(dwaOut)
                        || trace.stream().anyMatch(dwrOut) && trace.stream().anyMatch(dwaIn), hss.traceSummary());
                boolean dumps = extension("dbg_msg_dumps.fdx").isPresent();
                if (dumps) {
                    assertTrue(awaitLog(fdLog, s -> s.contains("Device-Watchdog-Answer"), STEP),
                            "freeDiameter did not log the watchdog exchange:" + tail(fdLog));
                }

                // SIGTERM: freeDiameter sends DPR, the HSS answers DPA
                fd.destroy();
                assertTrue(fd.waitFor(STEP.toSeconds(), TimeUnit.SECONDS), "freeDiameterd did not stop on SIGTERM");
                assertTrue(hss.awaitTrace(HssProcess.record("IN", FD, "DPR"), STEP),
                        "no DPR:\n" + hss.traceSummary() + tail(fdLog));
                assertTrue(hss.awaitTrace(HssProcess.record("OUT", FD, "DPA DIAMETER_SUCCESS"), STEP),
                        "no DPA:\n" + hss.traceSummary() + tail(fdLog));
                String fdOut = Files.readString(fdLog);
                assertTrue(!dumps || fdOut.contains("Disconnect-Peer-Answer"),
                        "freeDiameter did not see the DPA:" + tail(fdLog));
                assertTrue(fdOut.contains("STATE_CLOSING"), "freeDiameter did not close gracefully:"
                        + tail(fdLog));
                assertTrue(hss.node().isAlive(), hss.node().logTail());
                assertTrue(hss.node().get("/ready").startsWith("ready"), hss.node().get("/ready"));
                String metrics = hss.node().get("/metrics");
                assertTrue(metrics.contains("command=\"DPR\""), metrics);
                assertEquals(-1, hss.log().indexOf(" ERROR "), hss.log());
            } finally {
                if (fd.isAlive()) {
                    fd.destroyForcibly();
                    fd.waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }

    /**
     * freeDiameter's configuration: our identity in domain1.test, listening on ::1 only, TCP only, no TLS on the
     * link (but freeDiameter insists on credentials), Tw 6 s, every message dumped (dbg_msg_dumps) when the
     * extension is installed, and one peer: the HSS, reached at ::1 since freeDiameterd cannot see the JVM's hosts
     * file.
     */
    static String freeDiameterConfig(Path fdDir, int hssPort, int port, int securePort) {
        StringBuilder c = new StringBuilder()
                .append("Identity = \"").append(FD).append("\";\n")
                .append("Realm = \"").append(HssProcess.REALM).append("\";\n")
                .append("Port = ").append(port).append(";\n")
                .append("SecPort = ").append(securePort).append(";\n")
                .append("ListenOn = \"::1\";\n")
                .append("No_SCTP;\nPrefer_TCP;\n")
                .append("TwTimer = 6;\nTcTimer = 6;\n")
                .append("TLS_Cred = \"").append(fdDir.resolve("cert.pem")).append("\", \"")
                .append(fdDir.resolve("key.pem")).append("\";\n")
                .append("TLS_CA = \"").append(fdDir.resolve("cert.pem")).append("\";\n");
        extension("dbg_msg_dumps.fdx").ifPresent(x -> c.append("LoadExtension = \"").append(x).append("\";\n"));
        c.append("ConnectPeer = \"").append(HssProcess.HOST).append("\" { ConnectTo = \"::1\"; Port = ")
                .append(hssPort).append("; No_TLS; No_SCTP; Prefer_TCP; };\n");
        return c.toString();
    }

    /** A freeDiameter extension from the usual install directories (Debian: /usr/lib/freeDiameter). */
    static Optional<Path> extension(String name) {
        for (String d : List.of("/usr/lib/freeDiameter", "/usr/lib/x86_64-linux-gnu/freeDiameter",
                "/usr/lib64/freeDiameter", "/usr/local/lib/freeDiameter")) {
            Path p = Path.of(d, name);
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * A self-signed certificate and its key as PEM (cert.pem, key.pem), made with the JDK's keytool so that the test
     * needs nothing but a JDK and freeDiameter.
     */
    static void writeSelfSignedPem(Path fdDir) throws Exception {
        Path store = fdDir.resolve("fd.p12");
        char[] pass = "changeit".toCharArray();
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "fd", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=" + FD, "-ext", "bc:c", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", new String(pass), "-keypass", new String(pass))
                .redirectErrorStream(true).start();
        String out = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, keytool.waitFor(), "keytool: " + out);
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, pass);
        }
        Key key = ks.getKey("fd", pass);
        Certificate cert = ks.getCertificate("fd");
        Files.writeString(fdDir.resolve("key.pem"), pem("PRIVATE KEY", key.getEncoded()));
        Files.writeString(fdDir.resolve("cert.pem"), pem("CERTIFICATE", cert.getEncoded()));
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String d : path.split(File.pathSeparator)) {
            Path p = Path.of(d, program);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    static boolean awaitLog(Path log, Predicate<String> p, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && p.test(Files.readString(log))) {
                return true;
            }
            Thread.sleep(200);
        }
        return Files.exists(log) && p.test(Files.readString(log));
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return "\n--- freeDiameterd output (last lines) ---\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "\n(no freeDiameterd output: " + e + ")";
        }
    }
}
