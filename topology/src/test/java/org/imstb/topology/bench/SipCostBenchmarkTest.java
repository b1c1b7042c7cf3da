package org.imstb.topology.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.parser.StringMsgParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The benchmark measures well-formed messages of the size the CSCFs see, and prints one line per cost. */
class SipCostBenchmarkTest {
    @Test
    void itsMessagesParseCompletely() throws Exception {
        SIPRequest register = (SIPRequest) new StringMsgParser().parseSIPMessage(
                SipCostBenchmark.REGISTER.getBytes(StandardCharsets.US_ASCII), true, false, null);
        assertEquals("REGISTER", register.getMethod());
        assertEquals(3, register.getViaHeaders().size());
        assertTrue(register.getHeader("Authorization") != null);
        SIPRequest invite = (SIPRequest) new StringMsgParser().parseSIPMessage(
                SipCostBenchmark.INVITE.getBytes(StandardCharsets.US_ASCII), true, false, null);
        assertEquals(6, invite.getViaHeaders().size());
        assertEquals(invite.getContentLength().getContentLength(), invite.getRawContent().length);
        assertTrue(new String(invite.getRawContent(), StandardCharsets.US_ASCII).contains("a=des:qos mandatory"));
    }

    @Test
    void printsEveryCost() throws Exception {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        new SipCostBenchmark(new PrintStream(text, true, StandardCharsets.UTF_8), 0, 1).run();
        String printed = text.toString(StandardCharsets.UTF_8);
        for (String line : new String[] {"parse REGISTER", "parse INVITE", "encode REGISTER", "encode INVITE",
                "clone INVITE", "UDP datagram", "thread hand-overs"}) {
            assertTrue(printed.contains(line), line + " missing in\n" + printed);
        }
        assertTrue(!printed.contains("NaN") && !printed.contains("Infinity"), printed);
    }
}
