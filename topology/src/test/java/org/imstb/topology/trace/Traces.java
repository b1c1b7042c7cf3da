package org.imstb.topology.trace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.imstb.common.trace.Protocol;

/**
 * Test data: {@code lab1/} is a real run of the default topology on the local runtime (lab.json and the eight
 * nodes' trace files): alice (AKA) registers through ue1, carol (AKA) through ue2, then bob (MD5 digest) through ue1,
 * subscribes to his reg event and deregisters; the lab is taken down (DPR/DPA).
 */
final class Traces {
    private Traces() {
    }

    static Path lab1() {
        try {
            return Path.of(Traces.class.getResource("lab1").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static TraceSet loadLab1() {
        try {
            return TraceSet.load(lab1());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String name) {
        try (InputStream in = Traces.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A made-up SIP message at {@code ms} with a label of one or more words (first word: method or status). */
    static TraceMessage sip(long ms, String from, String to, String... label) {
        return new TraceMessage(ms * 1_000_000L, from, to, Protocol.SIP, "UDP", String.join(" ", label),
                String.join(" ", label), List.of(label), String.join(" ", label) + " <text>", ms * 1_000_000L, null,
                false, "call-1", Set.of());
    }

    /** The same, marked as a retransmission. */
    static TraceMessage rtx(TraceMessage m) {
        return new TraceMessage(m.timeNs(), m.from(), m.to(), m.protocol(), m.transport(), m.summary(), m.label(),
                m.tokens(), m.text(), m.sentNs(), m.receivedNs(), true, m.callId(), m.identities());
    }

    /** from -> to label, one per message. */
    static List<String> arrows(List<TraceMessage> messages) {
        return messages.stream().map(m -> m.from() + " -> " + m.to() + " " + m.ladderLabel()).toList();
    }
}
