package org.imstb.topology.bench;

import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.parser.StringMsgParser;
import org.imstb.common.sip.parse.FastMessageParser;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.SynchronousQueue;

/**
 * What one SIP message costs at least on this machine, one thread, warm code: JAIN-SIP parsing, encoding and cloning
 * a REGISTER as a CSCF sees it and an INVITE with SDP, a UDP datagram sent and received on the loopback, and a
 * hand-over between two threads (JAIN-SIP hands every datagram from its reader thread to a message-channel thread).
 * Multiplied by the messages of a procedure it gives the floor under {@code bench register} and {@code bench call}.
 */
public final class SipCostBenchmark {
    static final String REGISTER = String.join("\r\n",
            "REGISTER sip:scscf.domain1.test:6060 SIP/2.0",
            "Via: SIP/2.0/UDP icscf.domain1.test:5060;branch=z9hG4bK8f2a1d0b3c4e5f60718293a4b5c6d7e8",
            "Via: SIP/2.0/UDP pcscf.domain1.test:5060;branch=z9hG4bK1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d;received=::1",
            "Via: SIP/2.0/UDP [::1]:22996;branch=z9hG4bKd1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6;rport=22996;received=::1",
            "Max-Forwards: 68",
            "To: <sip:u12345@domain1.test>",
            "From: <sip:u12345@domain1.test>;tag=4f5e6d7c8b",
            "Call-ID: a1b2c3d4e5@bench",
            "CSeq: 2 REGISTER",
            "Contact: <sip:u12345@[::1]:22996>;expires=3600",
            "Supported: path",
            "Path: <sip:term@pcscf.domain1.test:5060;lr>",
            "P-Visited-Network-ID: \"domain1.test\"",
            "P-Charging-Vector: icid-value=\"a1b2c3d4e5f6a7b8c9d0e1f2\";orig-ioi=domain1.test",
            "Authorization: Digest username=\"u12345@domain1.test\",realm=\"domain1.test\","
                    + "nonce=\"q83vEjRWeJASNFZ4kBI0VniQEjRWeJASNFZ4kBI0VniQ\",uri=\"sip:domain1.test\","
                    + "response=\"6629fae49393a05397450978507c4ef1\",algorithm=AKAv1-MD5,qop=auth,nc=00000001,"
                    + "cnonce=\"0a4f113b\"",
            "Content-Length: 0", "", "");
    private static final String SDP = "v=0\r\no=- 1 1 IN IP6 ::1\r\ns=-\r\nc=IN IP6 ::1\r\nt=0 0\r\n"
            + "m=audio 40000 RTP/AVP 0 8 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\n"
            + "a=rtpmap:101 telephone-event/8000\r\na=curr:qos local none\r\na=curr:qos remote none\r\n"
            + "a=des:qos mandatory local sendrecv\r\na=des:qos optional remote sendrecv\r\na=sendrecv\r\n";
    static final String INVITE = String.join("\r\n",
            "INVITE sip:b2u3@[::1]:40211 SIP/2.0",
            "Via: SIP/2.0/UDP pcscf.domain2.test:5060;branch=z9hG4bK8f2a1d0b3c4e5f60718293a4b5c6d7e8",
            "Via: SIP/2.0/UDP scscf.domain2.test:6060;branch=z9hG4bK1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d",
            "Via: SIP/2.0/UDP icscf.domain2.test:5060;branch=z9hG4bK2a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d",
            "Via: SIP/2.0/UDP scscf.domain1.test:6060;branch=z9hG4bK3a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d",
            "Via: SIP/2.0/UDP pcscf.domain1.test:5060;branch=z9hG4bK4a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d",
            "Via: SIP/2.0/UDP [::1]:22996;branch=z9hG4bKd1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6;rport=22996;received=::1",
            "Max-Forwards: 64",
            "Record-Route: <sip:pcscf.domain2.test:5060;lr>",
            "Record-Route: <sip:scscf.domain2.test:6060;lr>",
            "Record-Route: <sip:scscf.domain1.test:6060;lr>",
            "Record-Route: <sip:pcscf.domain1.test:5060;lr>",
            "To: <sip:b2u3@domain2.test>",
            "From: <sip:b1u3@domain1.test>;tag=4f5e6d7c8b",
            "Call-ID: a1b2c3d4e5@bench",
            "CSeq: 1 INVITE",
            "Contact: <sip:b1u3@[::1]:22996>",
            "P-Asserted-Identity: <sip:b1u3@domain1.test>",
            "P-Called-Party-ID: <sip:b2u3@domain2.test>",
            "P-Charging-Vector: icid-value=\"a1b2c3d4e5f6a7b8c9d0e1f2\";orig-ioi=domain1.test;term-ioi=domain2.test",
            "Supported: 100rel, precondition",
            "Require: precondition",
            "Allow: INVITE, ACK, CANCEL, BYE, PRACK, UPDATE, MESSAGE, REFER, NOTIFY, OPTIONS",
            "Content-Type: application/sdp",
            "Content-Length: " + SDP.length(), "", SDP);

    private interface Op {
        void run() throws Exception;
    }

    private final PrintStream out;
    private final int warmupSeconds;
    private final int seconds;

    public SipCostBenchmark(PrintStream out, int warmupSeconds, int seconds) {
        this.out = out;
        this.warmupSeconds = warmupSeconds;
        this.seconds = seconds;
    }

    public void run() throws Exception {
        byte[] register = REGISTER.getBytes(StandardCharsets.US_ASCII);
        byte[] invite = INVITE.getBytes(StandardCharsets.US_ASCII);
        out.printf("REGISTER %d bytes, INVITE with SDP %d bytes; %d s warm-up and %d s measured per line; CPU of "
                + "this process per operation%n", register.length, invite.length, warmupSeconds, seconds);
        SIPMessage parsedRegister = new StringMsgParser().parseSIPMessage(register, true, false, null);
        SIPMessage parsedInvite = new StringMsgParser().parseSIPMessage(invite, true, false, null);
        measure("parse REGISTER", () -> new StringMsgParser().parseSIPMessage(register, true, false, null));
        measure("parse INVITE with SDP", () -> new StringMsgParser().parseSIPMessage(invite, true, false, null));
        measure("parse REGISTER, fast path (the nodes' parser)",
                () -> new FastMessageParser().parseSIPMessage(register, true, false, null));
        measure("parse INVITE with SDP, fast path",
                () -> new FastMessageParser().parseSIPMessage(invite, true, false, null));
        measure("encode REGISTER", () -> parsedRegister.encodeAsBytes("UDP"));
        measure("encode INVITE with SDP", () -> parsedInvite.encodeAsBytes("UDP"));
        measure("clone INVITE (a proxy forwards a copy)", parsedInvite::clone);
        try (DatagramChannel from = DatagramChannel.open().bind(new InetSocketAddress("::1", 0));
                DatagramChannel to = DatagramChannel.open().bind(new InetSocketAddress("::1", 0))) {
            InetSocketAddress target = (InetSocketAddress) to.getLocalAddress();
            ByteBuffer datagram = ByteBuffer.wrap(invite);
            ByteBuffer received = ByteBuffer.allocate(16 * 1024);
            measure("UDP datagram sent and received", () -> {
                datagram.rewind();
                from.send(datagram, target);
                received.clear();
                to.receive(received);
            });
        }
        SynchronousQueue<Object> ping = new SynchronousQueue<>();
        SynchronousQueue<Object> pong = new SynchronousQueue<>();
        Thread echo = new Thread(() -> {
            try {
                while (true) {
                    pong.put(ping.take());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sip-cost-echo");
        echo.setDaemon(true);
        echo.start();
        measure("two thread hand-overs (there and back)", () -> {
            ping.put(Boolean.TRUE);
            pong.take();
        });
        echo.interrupt();
    }

    private void measure(String name, Op op) throws Exception {
        long end = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            batch(op);
        }
        long operations = 0;
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        end = start + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            operations += batch(op);
        }
        out.printf("%-46s %7.2f µs CPU (%7.2f µs wall) per operation, %,d operations%n", name,
                (processCpuNanos() - cpu) / 1e3 / operations, (System.nanoTime() - start) / 1e3 / operations,
                operations);
    }

    private static int batch(Op op) throws Exception {
        for (int i = 0; i < 1000; i++) {
            op.run();
        }
        return 1000;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
