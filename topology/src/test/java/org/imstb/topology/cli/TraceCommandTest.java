package org.imstb.topology.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TraceCommandTest {
    private static Path lab1() throws URISyntaxException {
        return Path.of(TraceCommandTest.class.getResource("/org/imstb/topology/trace/lab1").toURI());
    }

    /** Exit code, stdout, stderr. */
    private record Run(int code, String out, String err) {
    }

    private static Run imstb(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = new CommandLine(Imstb.class).execute(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void printsTheMergedTraceFiltered() throws Exception {
        Run r = imstb("trace", "--dir", lab1().toString(), "--user", "alice", "--until", "9.2s");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].startsWith("# " + lab1() + ": 8 of 114 message(s), first at 2026-11-22T00:58:30."),
                lines[0]);
        assertEquals("  8731.761 ms  ue1    -> pcscf1  SIP      REGISTER sip:domain1.test", lines[1]);
        assertEquals("  9184.431 ms  ue1    -> pcscf1  SIP      REGISTER sip:domain1.test  (retransmission)",
                lines[7]);
    }

    @Test
    void fullPrintsTheMessages() throws Exception {
        Run r = imstb("trace", "--dir", lab1().toString(), "--node", "hss1", "--until", "100ms", "--full");
        assertTrue(r.out().contains("      Host-IP-Address = ::1\n"), r.out());
    }

    @Test
    void ladderAsTextOrHtml(@TempDir Path tmp) throws Exception {
        Run text = imstb("trace", "ladder", "--dir", lab1().toString(), "--user", "alice");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("|-------REGISTER----->|"), text.out());
        Path html = tmp.resolve("out/ladder.html");
        Run page = imstb("trace", "ladder", "--dir", lab1().toString(), "--html", html.toString());
        assertEquals("wrote " + html + " (114 messages, 10 lifelines)\n", page.out());
        assertTrue(Files.readString(html).contains("<svg id=\"ladder\""));
    }

    @Test
    void checkExitsZeroOnMatchAndOneWithTheFirstDifference(@TempDir Path tmp) throws Exception {
        Run ok = imstb("trace", "check", "registration", "--dir", lab1().toString());
        assertEquals(0, ok.code(), ok.err());
        assertEquals("flow registration.flow matches: 24 line(s) against 114 message(s)\n", ok.out());
        Path flow = tmp.resolve("reg2.flow");
        Files.writeString(flow, "ue2 -> pcscf2 REGISTER\npcscf2 -> ue2 403\n");
        Run bad = imstb("trace", "check", flow.toString(), "--dir", lab1().toString(), "--user", "carol");
        assertEquals(1, bad.code());
        assertTrue(bad.err().startsWith("flow reg2.flow does not match the trace: 1 of 2 line(s) matched\n"
                + "  expected line 2: pcscf2 -> ue2 403\n"), bad.err());
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo(@TempDir Path tmp) throws IOException {
        Run r = imstb("trace", "--dir", tmp.resolve("none").toString());
        assertEquals(2, r.code());
        assertEquals("imstb trace: no such directory: " + tmp.resolve("none") + "\n", r.err());
        Run flow = imstb("trace", "check", "nonsense", "--dir", tmp.toString());
        assertEquals("imstb trace: no built-in flow 'nonsense' (built-in: [registration, call-preconditions])\n", flow.err());
    }

    @Test
    void findsTheRunDirectoryUnderTheRunRoot(@TempDir Path root) throws Exception {
        Path dir = Files.createDirectories(root.resolve("ims"));
        Files.copy(lab1().resolve("hss1.trace.jsonl"), dir.resolve("hss1.trace.jsonl"));
        Run r = imstb("trace", "--run-root", root.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("# " + dir + ": 28 of 28 message(s)"), r.out());
    }
}
