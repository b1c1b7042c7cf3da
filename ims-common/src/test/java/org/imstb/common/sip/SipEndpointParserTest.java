package org.imstb.common.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.TimeoutEvent;
import javax.sip.message.Request;

import org.imstb.common.node.Metrics;
import org.imstb.common.sip.parse.FastMessageParser;
import org.imstb.common.trace.MessageObserver;
import org.junit.jupiter.api.Test;

/** A node's stack reads datagrams with the fast parser, and hands malformed ones to JAIN-SIP's. */
class SipEndpointParserTest {
    private static final String OPTIONS = "OPTIONS sip:node@[::1]:%d SIP/2.0\r\n"
            + "Via: SIP/2.0/UDP [::1]:%d;branch=z9hG4bK-%s\r\nFrom: <sip:alice@domain1.test>;tag=1\r\n"
            + "To: <sip:node@domain1.test>\r\nCall-ID: %s\r\nCSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\n"
            + "%sContent-Length: 0\r\n\r\n";

    @Test
    void stackParsesPlainDatagramsOnTheFastPathAndHandsOnTheRest() throws Exception {
        BlockingQueue<Request> received = new ArrayBlockingQueue<>(4);
        SipEndpoint sip = new SipEndpoint(new SipConfig(null, "::1", 0, List.of("udp"), 2), "parser-test",
                MessageObserver.NONE, false);
        sip.start(new Listener(sip, received));
        try (DatagramChannel ue = DatagramChannel.open().bind(new InetSocketAddress("::1", 0))) {
            int port = ((InetSocketAddress) ue.getLocalAddress()).getPort();
            InetSocketAddress node = new InetSocketAddress("::1", sip.port());

            long fast = FastMessageParser.fastCount();
            send(ue, node, String.format(OPTIONS, sip.port(), port, "a", "plain@test", ""));
            Request plain = received.poll(5, TimeUnit.SECONDS);
            assertNotNull(plain, "plain OPTIONS delivered");
            assertEquals("plain@test", plain.getHeader("Call-ID").toString().trim().substring(9));
            assertEquals(fast + 1, FastMessageParser.fastCount());

            long handedOn = FastMessageParser.handedOnCount();
            send(ue, node, String.format(OPTIONS, sip.port(), port, "b", "folded@test", "Subject: a\r\n b\r\n"));
            Request folded = received.poll(5, TimeUnit.SECONDS);
            assertNotNull(folded, "folded header still delivered, by JAIN-SIP's parser");
            assertEquals("Subject: ab", folded.getHeader("Subject").toString().trim());
            assertEquals(handedOn + 1, FastMessageParser.handedOnCount());

            Metrics metrics = new Metrics();
            SipEndpoint.parserMetrics(metrics);
            String scraped = metrics.scrape();
            assertTrue(gauge(scraped, "imstb_sip_parsed_fast") >= fast + 1, scraped);
            assertTrue(gauge(scraped, "imstb_sip_parsed_handed_on") >= handedOn + 1, scraped);
        } finally {
            sip.stop();
        }
    }

    private static double gauge(String scraped, String name) {
        return scraped.lines().filter(l -> l.startsWith(name + " ")).mapToDouble(l -> Double.parseDouble(
                l.substring(name.length() + 1))).findFirst().orElse(-1);
    }

    private static void send(DatagramChannel from, InetSocketAddress to, String message) throws Exception {
        from.send(ByteBuffer.wrap(message.getBytes(StandardCharsets.US_ASCII)), to);
    }

    /** Keeps every request it is given (JAIN-SIP has parsed it by then). */
    private static final class Listener extends NodeSipListener {
        private final BlockingQueue<Request> received;

        Listener(SipEndpoint sip, BlockingQueue<Request> received) {
            super(sip);
            this.received = received;
        }

        @Override
        protected void onRequest(ServerTransaction st, Request request) {
            received.add(request);
        }

        @Override
        public void processResponse(ResponseEvent e) {
        }

        @Override
        public void processTimeout(TimeoutEvent e) {
        }
    }
}
