package org.imstb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.imstb.common.sip.SipPorts;
import org.imstb.hss.provisioning.Provisioner;
import org.imstb.hss.store.SubscriberStore;
import org.imstb.topology.demo.CoreLab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * IMS registration (TS 24.229 §5.1.1, TS 24.228 §6.2) by an independent client: SIPp registers through the P-CSCF
 * over IPv6 UDP, answers the challenge, checks the Service-Route and P-Associated-URI of the 200 and deregisters.
 * <p>
 * SIPp 3.6 computes Digest-AKAv1-MD5 from OP (it derives OPc itself) and takes K, OP and AMF as the raw bytes of
 * its {@code [authentication]} parameters, so the AKA case uses its own subscriber ({@code sipp-subscribers.yaml},
 * printable keys, {@code op:}) rather than alice, whose OPc cannot be turned back into an OP. The HSS configuration
 * already has a {@code provision:} list (written by {@link CoreLab}) and duplicate YAML keys are errors, so the file
 * is imported into the HSS's store (the H2 file {@code <lab>/hss1-db/hss}) before the HSS starts.
 */
class SippRegistrationIT {
    static final String SIPP = "sipp";
    /** The aka_K and aka_OP of register-aka-sippaka.xml (sipp-subscribers.yaml holds the same in hex). */
    static final String SIPP_AKA_K = "imstb-SIPp-K-001";
    static final String SIPP_AKA_OP = "imstb-SIPp-OP-01";

    @TempDir
    static Path dir;
    static CoreLab lab;
    static int pcscfPort;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(SippFiles.onPath(SIPP), "SIPp is not installed: install the Debian package sip-tester (binary sipp)");
        Path subscribers = SippFiles.resource("sipp-subscribers.yaml", dir);
        try (SubscriberStore store = SubscriberStore.open(
                "jdbc:h2:file:" + dir.toAbsolutePath().resolve("hss1-db").resolve("hss"))) {
            Provisioner.importFile(store, subscribers);
        }
        lab = CoreLab.start(dir, List.of("-Xmx192m"), CoreLab.Overrides.NONE);
        pcscfPort = Integer.parseInt(lab.pcscfUri().replaceAll("^.*:", ""));
    }

    @AfterAll
    static void stop() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void md5DigestRegistrationAndDeregistration() throws Exception {
        runScenario("register-md5-bob.xml", "-au", "bob@domain1.test", "-ap", "bob-secret");
    }

    /**
     * SIPp handles RAND, AUTN and RES as C strings in its AKA code: with a 0x00 byte in one of them its response is
     * wrong and the S-CSCF rightly challenges again. Such a run is SIPp's failure, not ours: the scenario runs again
     * with a fresh challenge (at most five times). A failure with a challenge free of 0x00 fails the test at once.
     */
    @Test
    void akaRegistrationAndDeregistration() throws Exception {
        for (int attempt = 1; ; attempt++) {
            Path work = Files.createTempDirectory(dir, "sipp-");
            int exit = run(work, "register-aka-sippaka.xml", "-trace_msg");
            if (exit == 0) {
                return;
            }
            Optional<String> nonce = firstNonce(work);
            boolean sippsOwn = nonce.isPresent() && SippAka.hasNulByte(nonce.get(), SIPP_AKA_K, SIPP_AKA_OP);
            if (!sippsOwn || attempt == 5) {
                fail("SIPp register-aka-sippaka.xml exited with " + exit + " (attempt " + attempt + ", first nonce "
                        + nonce.orElse("none") + (sippsOwn ? ", 0x00 in RAND/AUTN/RES" : "") + ")\n"
                        + report(work, work.resolve("sipp.out"), work.resolve("sipp.err")));
            }
        }
    }

    /** The nonce of the first challenge SIPp received (its -trace_msg log). */
    private static Optional<String> firstNonce(Path work) throws IOException {
        try (Stream<Path> files = Files.list(work)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith("_messages.log")).toList()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("nonce=\"([^\"]+)\"")
                        .matcher(SippFiles.read(f));
                if (m.find()) {
                    return Optional.of(m.group(1));
                }
            }
        }
        return Optional.empty();
    }

    /** Runs one SIPp call of {@code scenario} (a resource under sipp/) against the P-CSCF; asserts exit code 0. */
    private static void runScenario(String scenario, String... extra) throws Exception {
        Path work = Files.createTempDirectory(dir, "sipp-");
        int exit = run(work, scenario, extra);
        assertEquals(0, exit, () -> "SIPp " + scenario + " exited with " + exit + "\n"
                + report(work, work.resolve("sipp.out"), work.resolve("sipp.err")));
    }

    /** Runs one SIPp call of {@code scenario} in {@code work}; its exit code (-1 if it had to be killed). */
    private static int run(Path work, String scenario, String... extra) throws Exception {
        Path xml = SippFiles.resource(scenario, work);
        // -auth_uri: the digest-uri is the Request-URI (sip:domain1.test), not SIPp's default remote_ip:remote_port
        List<String> cmd = new ArrayList<>(List.of(SIPP, "-sf", xml.toString(), "-i", "::1", "-p",
                Integer.toString(SipPorts.free("::1")), "-m", "1", "-t", "u1", "-auth_uri", CoreLab.REALM,
                "-nostdin", "-trace_err", "-timeout", "30s", "-timeout_error"));
        cmd.addAll(List.of(extra));
        cmd.add("[::1]:" + pcscfPort);
        Path out = work.resolve("sipp.out");
        Path err = work.resolve("sipp.err");
        Process p = new ProcessBuilder(cmd).directory(work.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
        }
        Files.writeString(work.resolve("command.txt"), String.join(" ", cmd));
        return p.isAlive() ? -1 : p.exitValue();
    }

    private static String report(Path work, Path out, Path err) {
        StringBuilder b = new StringBuilder();
        b.append("command: ").append(SippFiles.read(work.resolve("command.txt"))).append('\n');
        b.append("--- stderr:\n").append(SippFiles.read(err)).append("\n--- stdout (tail):\n").append(SippFiles.tail(SippFiles.read(out), 6000));
        try (Stream<Path> files = Files.list(work)) {
            files.filter(f -> f.getFileName().toString().endsWith(".log")).sorted().forEach(f -> b.append("\n--- ")
                    .append(f.getFileName()).append(":\n").append(SippFiles.tail(SippFiles.read(f), 6000)));
        } catch (IOException e) {
            b.append("\n(cannot list ").append(work).append(": ").append(e).append(')');
        }
        for (String node : List.of("pcscf1", "icscf1", "scscf1", "hss1")) {
            b.append("\n--- ").append(node).append(" log tail:\n").append(lab.node(node).logTail());
        }
        return b.toString();
    }
}
