package org.imstb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.imstb.topology.demo.CoreLab;
import org.imstb.topology.process.NodeProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Robustness against the PROTOS c07-sip-r2 suite (OUSPG, 4,527 malformed or unusual INVITEs): every test case is
 * sent to the P-CSCF (UDP; TCP for the few larger than {@value #TCP_ABOVE} bytes) followed by its teardown (ACK
 * after a final response, else CANCEL). Every {@value #PROBE_EVERY} cases and at the end each node must still
 * answer: a valid OPTIONS to the P-CSCF, I-CSCF and S-CSCF, GET /health of the HSS, each within 5 s.
 * <p>
 * The corpus is not part of the project: it is looked for at {@code shared/corpora/protos-c07-sip-r2/testcases.zip}
 * beside the project root (or any directory above the working directory), or where the system property
 * {@code imstb.protosZip} says; the test is skipped without it.
 */
class ProtosRobustnessIT {
    static final String CORPUS = "shared/corpora/protos-c07-sip-r2/testcases.zip";
    static final int TCP_ABOVE = 65_000;
    static final int PROBE_EVERY = 100;
    /** How long to wait for the final response of a UDP case before its teardown (kept short: 4,527 cases). */
    static final long UDP_WAIT_MS = 20;
    static final long TCP_WAIT_MS = 100;
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);
    static final List<String> NODES = List.of("pcscf1", "icscf1", "scscf1", "hss1");
    private static final Pattern STATUS = Pattern.compile("^SIP/2\\.0 (\\d{3})");

    @TempDir
    static Path dir;
    static Path corpus;
    static CoreLab lab;
    static int pcscfPort;

    @BeforeAll
    static void start() throws Exception {
        corpus = locateCorpus();
        assumeTrue(corpus != null, "PROTOS corpus not found: " + CORPUS + " above " + Path.of("").toAbsolutePath()
                + " (or -Dimstb.protosZip=FILE)");
        lab = CoreLab.start(dir, List.of("-Xmx192m"), CoreLab.Overrides.NONE);
        pcscfPort = Integer.parseInt(lab.pcscfUri().replaceAll("^.*:", ""));
    }

    @AfterAll
    static void stop() {
        if (lab != null) {
            lab.close();
        }
    }

    static Path locateCorpus() {
        String explicit = System.getProperty("imstb.protosZip");
        if (explicit != null) {
            Path p = Path.of(explicit);
            return Files.isRegularFile(p) ? p : null;
        }
        List<Path> starts = new ArrayList<>();
        String root = System.getProperty("maven.multiModuleProjectDirectory");
        if (root != null) {
            starts.add(Path.of(root));
        }
        String basedir = System.getProperty("basedir");
        if (basedir != null) {
            starts.add(Path.of(basedir));
        }
        starts.add(Path.of(""));
        for (Path start : starts) {
            for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
                Path zip = p.resolve(CORPUS);
                if (Files.isRegularFile(zip)) {
                    return zip;
                }
            }
        }
        return null;
    }

    /** One test case: its number and its records (1: the test INVITE, 2: the teardown), placeholders unreplaced. */
    record TestCase(int number, List<byte[]> records) {
    }

    /** A message received from the P-CSCF: its text (ISO-8859-1) and status code, 0 for a request or garbage. */
    record Received(String text, int status) {
        static Received of(byte[] b, int off, int len) {
            String text = new String(b, off, len, StandardCharsets.ISO_8859_1);
            Matcher m = STATUS.matcher(text);
            return new Received(text, m.find() ? Integer.parseInt(m.group(1)) : 0);
        }
    }

    /** Counters for the summary. */
    static final class Tally {
        final Map<String, Long> byClass = new TreeMap<>();
        final Map<String, Long> firstFinal = new TreeMap<>();
        long udpCases;
        long tcpCases;
        long tcpErrors;

        void response(Received r) {
            String k = r.status() == 0 ? (r.text().startsWith("SIP/2.0") ? "garbled" : "request")
                    : (r.status() / 100) + "xx";
            byClass.merge(k, 1L, Long::sum);
        }

        void outcome(String what) {
            firstFinal.merge(what, 1L, Long::sum);
        }
    }

    @Test
    void everyNodeSurvivesTheProtosSipSuiteAndKeepsAnswering() throws Exception {
        long started = System.nanoTime();
        String run = Long.toString(System.currentTimeMillis() % 100_000, 36);
        Tally tally = new Tally();
        BlockingQueue<Received> inbox = new LinkedBlockingQueue<>();
        AtomicLong probes = new AtomicLong();
        int sent = 0;
        int total;
        int lastCase = -1;
        try (ZipFile zip = new ZipFile(corpus.toFile());
                DatagramSocket udp = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("::1"), 0));
                DatagramSocket probe = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("::1"), 0))) {
            udp.setSendBufferSize(1 << 20);
            udp.setReceiveBufferSize(1 << 20);
            drainer(udp, inbox);
            List<ZipEntry> entries = testcaseEntries(zip);
            total = entries.size();
            assertTrue(total > 4000, "expected the 4,527 PROTOS cases, found " + total);
            InetSocketAddress pcscf = new InetSocketAddress(InetAddress.getByName("::1"), pcscfPort);
            probeAll(probe, probes, lastCase, inbox, tally); // baseline: a failure here is not about PROTOS
            for (ZipEntry e : entries) {
                TestCase tc = parse(Integer.parseInt(e.getName().replaceAll("\\D", "")), readAll(zip, e));
                sendCase(tc, run, udp, pcscf, inbox, tally);
                sent++;
                lastCase = tc.number();
                if (sent % PROBE_EVERY == 0) {
                    probeAll(probe, probes, tc.number(), inbox, tally);
                }
            }
            probeAll(probe, probes, lastCase, inbox, tally);
            // late responses (final answers after the teardown went, CANCEL answers, 487s)
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
            Received r;
            while ((r = inbox.poll(Math.max(1, until - System.nanoTime()), TimeUnit.NANOSECONDS)) != null) {
                tally.response(r);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        for (String n : NODES) {
            assertTrue(lab.node(n).isAlive(), n + " died during the PROTOS run:\n" + lab.node(n).logTail());
        }
        System.out.printf("PROTOS c07-sip-r2 against the P-CSCF: %d cases sent (%d UDP, %d TCP, %d TCP send errors) "
                + "in %.1f s; %d probe rounds passed (OPTIONS to 3 nodes, HSS /health)%n"
                + "  responses by class: %s%n  first final response per case: %s%n%s", sent, tally.udpCases,
                tally.tcpCases, tally.tcpErrors, seconds, probes.get() / 3, tally.byClass, tally.firstFinal,
                logSummary());
        assertEquals(total, sent, "not every case was sent");
    }

    private static List<ZipEntry> testcaseEntries(ZipFile zip) {
        List<ZipEntry> list = new ArrayList<>();
        Enumeration<? extends ZipEntry> en = zip.entries();
        while (en.hasMoreElements()) {
            ZipEntry e = en.nextElement();
            if (!e.isDirectory() && e.getName().matches("(.*/)?testcases/\\d+")) {
                list.add(e);
            }
        }
        list.sort((a, b) -> a.getName().compareTo(b.getName()));
        return list;
    }

    private static byte[] readAll(ZipFile zip, ZipEntry e) throws IOException {
        try (InputStream in = zip.getInputStream(e)) {
            return in.readAllBytes();
        }
    }

    /** Splits a test case file into its records: {@code <decimal length> <payload bytes>} repeated. */
    static TestCase parse(int number, byte[] file) {
        List<byte[]> records = new ArrayList<>();
        int i = 0;
        while (i < file.length) {
            int sp = i;
            while (sp < file.length && file[sp] != ' ') {
                sp++;
            }
            int len = Integer.parseInt(new String(file, i, sp - i, StandardCharsets.US_ASCII).trim());
            byte[] rec = new byte[len];
            System.arraycopy(file, sp + 1, rec, 0, len);
            records.add(rec);
            i = sp + 1 + len;
        }
        if (records.size() < 2) {
            throw new IllegalStateException("case " + number + ": " + records.size() + " record(s), expected 2");
        }
        return new TestCase(number, records);
    }

    /** Fills in the placeholders of a record; Content-Length last, from the body after substitution. */
    static byte[] substitute(byte[] record, int localPort, String callId, String branch, int cseq, String teardown,
            boolean tcp) {
        String s = new String(record, StandardCharsets.ISO_8859_1);
        if (tcp) {
            s = s.replace("SIP/2.0/UDP <From-Address>", "SIP/2.0/TCP <From-Address>");
        }
        s = s.replace("IN IP4 <From-IP>", "IN IP6 <From-IP>").replace("IN IP4 <From-Address>", "IN IP6 <From-IP>")
                .replace("<To>", "bob@domain1.test").replace("<From>", "protos@[::1]")
                .replace("<From-Address>", "[::1]").replace("<From-IP>", "::1")
                .replace("<Local-Port>", Integer.toString(localPort)).replace("<Call-ID>", callId)
                .replace("<Branch-ID>", branch).replace("<CSeq>", Integer.toString(cseq))
                .replace("<Teardown-Method>", teardown);
        int head = s.indexOf("\r\n\r\n");
        int body = head < 0 ? 0 : s.length() - head - 4;
        s = s.replace("<Content-Length>", Integer.toString(body));
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void sendCase(TestCase tc, String run, DatagramSocket udp, InetSocketAddress pcscf,
            BlockingQueue<Received> inbox, Tally tally) throws Exception {
        String token = "protos" + tc.number() + "x" + run;
        String branch = tc.number() + "x" + run;
        int cseq = tc.number() + 1;
        byte[] sized = substitute(tc.records().get(0), 65535, token, branch, cseq, "CANCEL", false);
        if (sized.length > TCP_ABOVE) {
            sendTcp(tc, token, branch, cseq, pcscf, tally);
            return;
        }
        tally.udpCases++;
        byte[] invite = substitute(tc.records().get(0), udp.getLocalPort(), token, branch, cseq, "CANCEL", false);
        udp.send(new DatagramPacket(invite, invite.length, pcscf));
        int fin = awaitFinal(inbox, token, UDP_WAIT_MS, tally);
        tally.outcome(fin == 0 ? "none" : Integer.toString(fin));
        byte[] teardown = substitute(tc.records().get(1), udp.getLocalPort(), token, branch, cseq,
                fin >= 200 ? "ACK" : "CANCEL", false);
        udp.send(new DatagramPacket(teardown, teardown.length, pcscf));
    }

    /** Polls the inbox (counting everything) until a final response naming {@code token} or the wait is over. */
    private static int awaitFinal(BlockingQueue<Received> inbox, String token, long waitMs, Tally tally)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMs);
        while (true) {
            long left = deadline - System.nanoTime();
            Received r = left > 0 ? inbox.poll(left, TimeUnit.NANOSECONDS) : inbox.poll();
            if (r == null) {
                return 0;
            }
            tally.response(r);
            if (r.status() >= 200 && r.text().contains(token)) {
                return r.status();
            }
        }
    }

    private static void sendTcp(TestCase tc, String token, String branch, int cseq, InetSocketAddress pcscf,
            Tally tally) {
        tally.tcpCases++;
        int fin = 0;
        try (Socket s = new Socket()) {
            s.connect(pcscf, 2000);
            s.setSoTimeout((int) TCP_WAIT_MS);
            OutputStream out = s.getOutputStream();
            out.write(substitute(tc.records().get(0), s.getLocalPort(), token, branch, cseq, "CANCEL", true));
            out.flush();
            StringBuilder got = new StringBuilder();
            InputStream in = s.getInputStream();
            byte[] buf = new byte[65536];
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TCP_WAIT_MS);
            while (fin == 0 && System.nanoTime() < deadline) {
                int n;
                try {
                    n = in.read(buf);
                } catch (SocketTimeoutException e) {
                    break;
                }
                if (n < 0) {
                    break;
                }
                got.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
                fin = finalIn(got.toString(), token, null);
            }
            fin = finalIn(got.toString(), token, tally);
            out.write(substitute(tc.records().get(1), s.getLocalPort(), token, branch, cseq,
                    fin >= 200 ? "ACK" : "CANCEL", true));
            out.flush();
        } catch (IOException e) {
            tally.tcpErrors++; // e.g. the P-CSCF closed the connection on an oversized message: acceptable
        }
        tally.outcome((fin == 0 ? "none" : Integer.toString(fin)) + "/tcp");
    }

    /**
     * The status of the final response for {@code token} among the messages in {@code text} (0: none yet); counts
     * every message in {@code tally} unless it is null.
     */
    private static int finalIn(String text, String token, Tally tally) {
        int fin = 0;
        for (String msg : text.split("(?=SIP/2\\.0 \\d{3} )")) {
            if (!msg.startsWith("SIP/2.0 ")) {
                continue;
            }
            Received r = Received.of(msg.getBytes(StandardCharsets.ISO_8859_1), 0, msg.length());
            if (tally != null) {
                tally.response(r);
            }
            if (r.status() >= 200 && msg.contains(token)) {
                fin = r.status();
            }
        }
        return fin;
    }

    private static void drainer(DatagramSocket udp, BlockingQueue<Received> inbox) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[65535];
            while (!udp.isClosed()) {
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                try {
                    udp.receive(p);
                } catch (IOException e) {
                    return; // closed
                }
                inbox.add(Received.of(p.getData(), p.getOffset(), p.getLength()));
            }
        }, "protos-drain");
        t.setDaemon(true);
        t.start();
    }

    /** Every node must answer within {@link #PROBE_TIMEOUT}; else the failure names the case and the node's log. */
    private static void probeAll(DatagramSocket probe, AtomicLong probes, int lastCase, BlockingQueue<Received> inbox,
            Tally tally) throws Exception {
        for (String n : NODES) {
            NodeProcess node = lab.node(n);
            if (!node.isAlive()) {
                fail(n + " died; " + after(lastCase) + "\n" + node.logTail());
            }
        }
        int[] ports = {pcscfPort, lab.icscfPort(), lab.scscfPort()};
        String[] hosts = {"pcscf", "icscf", "scscf"};
        for (int i = 0; i < 3; i++) {
            String n = hosts[i] + "1";
            int status = options(probe, probes.incrementAndGet(), hosts[i] + ".domain1.test", ports[i]);
            if (status != 200) {
                fail(n + " did not answer OPTIONS with 200 within " + PROBE_TIMEOUT.toSeconds() + " s (got "
                        + (status == 0 ? "nothing" : status) + "); " + after(lastCase) + "\n" + lab.node(n).logTail());
            }
        }
        NodeProcess hss = lab.node("hss1");
        int health;
        try {
            health = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build().send(HttpRequest.newBuilder(
                    URI.create("http://[::1]:" + hss.managementPort() + "/health")).timeout(PROBE_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            health = 0;
        }
        if (health != 200) {
            fail("hss1 /health answered " + health + "; " + after(lastCase) + "\n" + hss.logTail());
        }
        // keep the case inbox from growing while we probed
        Received r;
        while ((r = inbox.poll()) != null) {
            tally.response(r);
        }
    }

    private static String after(int lastCase) {
        return lastCase < 0 ? "baseline probe, before any PROTOS case was sent"
                : "last PROTOS case sent: " + lastCase + " (testcases/" + String.format("%07d", lastCase) + ")";
    }

    /** Sends a valid OPTIONS to {@code host:port} and returns the final status (0: none within the timeout). */
    private static int options(DatagramSocket s, long n, String host, int port) throws IOException {
        String callId = "probe" + n + "-" + Long.toHexString(System.nanoTime()) + "@protos";
        String msg = "OPTIONS sip:" + host + ":" + port + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP [::1]:" + s.getLocalPort() + ";branch=z9hG4bKprobe" + n + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:protos@[::1]>;tag=probe" + n + "\r\n"
                + "To: <sip:" + host + ":" + port + ">\r\n"
                + "Call-ID: " + callId + "\r\n"
                + "CSeq: " + n + " OPTIONS\r\n"
                + "Accept: application/sdp\r\n"
                + "Content-Length: 0\r\n\r\n";
        byte[] out = msg.getBytes(StandardCharsets.US_ASCII);
        s.send(new DatagramPacket(out, out.length, InetAddress.getByName("::1"), port));
        long deadline = System.nanoTime() + PROBE_TIMEOUT.toNanos();
        byte[] buf = new byte[65535];
        while (true) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                return 0;
            }
            s.setSoTimeout((int) left);
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                s.receive(p);
            } catch (SocketTimeoutException e) {
                return 0;
            }
            Received r = Received.of(p.getData(), p.getOffset(), p.getLength());
            if (r.status() >= 200 && r.text().contains(callId)) {
                return r.status();
            }
        }
    }

    /** Counts of the nodes' ERROR and WARN log lines, with a few distinct examples, for the summary. */
    private static String logSummary() {
        StringBuilder b = new StringBuilder();
        for (String n : NODES) {
            Path log = lab.dir().resolve(n + ".log");
            Map<String, Long> kinds = new TreeMap<>();
            List<String> examples = new ArrayList<>();
            try {
                for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                    String level = line.contains(" ERROR ") ? "ERROR" : line.contains(" WARN ") ? "WARN"
                            : line.startsWith("Exception") || line.contains("Exception in thread") ? "EXCEPTION"
                            : null;
                    if (level == null) {
                        continue;
                    }
                    kinds.merge(level, 1L, Long::sum);
                    String key = line.replaceAll("^\\S+ ", "").replaceAll("\\d+", "#");
                    if (examples.size() < 5 && examples.stream().noneMatch(x -> x.equals(key))) {
                        examples.add(key);
                    }
                }
            } catch (IOException e) {
                kinds.put("unreadable log", 1L);
            }
            b.append("  ").append(n).append(" log: ").append(kinds.isEmpty() ? "no ERROR/WARN lines" : kinds)
                    .append('\n');
            examples.forEach(x -> b.append("    e.g. ").append(x.length() > 300 ? x.substring(0, 300) + "..." : x)
                    .append('\n'));
        }
        return b.toString();
    }
}
