package org.imstb.common.sip.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.ObjectMapper;

import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.parser.StringMsgParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fast path must build exactly what JAIN-SIP's parser builds, field by field, or step aside. Checked on the SIP
 * messages nodes received in this project's scenario tests and on random corruptions of them. The corpus
 * ({@code corpus.jsonl.gz}, one JSON string per line) was taken on 2026-11-22 from the {@code *.trace.jsonl} files the
 * src/it labs write: every SIP message with direction IN, one per shape (its first line's method or status code, its
 * header names in order, and the punctuation of each header value), 601 of 80,382.
 */
class FastMessageParserTest {
    private static final List<String> CORPUS = new ArrayList<>();

    @BeforeAll
    static void load() throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                FastMessageParserTest.class.getResourceAsStream("corpus.jsonl.gz")), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                CORPUS.add(json.readValue(line, String.class));
            }
        }
    }

    private static SIPMessage jainSip(byte[] bytes) {
        try {
            return new StringMsgParser().parseSIPMessage(bytes, true, false, null);
        } catch (Exception e) {
            return null;
        }
    }

    /** The fast path's result, checked against JAIN-SIP's; null when the fast path declined. */
    private static SIPMessage checked(byte[] bytes, String what) {
        SIPMessage fast;
        try {
            fast = FastMessageParser.fast(bytes, true, false);
        } catch (Exception e) {
            fast = null;
        }
        if (fast != null) {
            SIPMessage expected = jainSip(bytes);
            assertNotNull(expected, () -> "fast path took what JAIN-SIP rejects: " + what);
            assertEquals("", ObjectTree.diff(expected, fast), what);
            assertEquals(expected.encode(), fast.encode(), what);
        }
        return fast;
    }

    @Test
    void buildsWhatJainSipBuildsForEveryMessageOfTheScenarios() {
        int fast = 0;
        for (String m : CORPUS) {
            if (checked(m.getBytes(StandardCharsets.UTF_8), m) != null) {
                fast++;
            }
        }
        assertTrue(CORPUS.size() > 500, "corpus loaded");
        // the fast path must stay the common path: a change that makes it step aside for most messages is a defect
        assertTrue(fast > CORPUS.size() * 9 / 10, fast + " of " + CORPUS.size() + " on the fast path");
    }

    @Test
    void neverTakesACorruptedMessageDifferently() {
        Random random = new Random(20261122);
        String noise = "<>;,:=\"@[]% \t\r\n?&/\\x0\u00e9";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder m = new StringBuilder(CORPUS.get(random.nextInt(CORPUS.size())));
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(m.length());
                switch (random.nextInt(3)) {
                    case 0 -> m.insert(at, noise.charAt(random.nextInt(noise.length())));
                    case 1 -> m.deleteCharAt(at);
                    default -> m.setCharAt(at, noise.charAt(random.nextInt(noise.length())));
                }
            }
            checked(m.toString().getBytes(StandardCharsets.UTF_8), m.toString());
        }
    }

    @Test
    void leavesUnusualFormsToJainSip() throws Exception {
        String base = "OPTIONS sip:bob@domain2.test SIP/2.0\r\nVia: SIP/2.0/UDP [::1]:5060;branch=z9hG4bK1\r\n"
                + "From: <sip:alice@domain1.test>;tag=1\r\nTo: <sip:bob@domain2.test>\r\nCall-ID: c1\r\n"
                + "CSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\n%sContent-Length: 0\r\n\r\n";
        assertNotNull(checked(String.format(base, "").getBytes(StandardCharsets.US_ASCII), "plain"));
        for (String unusual : List.of("Subject: caf\u00e9\r\n", "X-Long: a\r\n b\r\n")) {
            byte[] bytes = String.format(base, unusual).getBytes(StandardCharsets.UTF_8);
            assertNull(FastMessageParser.fast(bytes, true, false), unusual);
            assertNotNull(new FastMessageParser().parseSIPMessage(bytes, true, false, null), unusual);
        }
    }
}
