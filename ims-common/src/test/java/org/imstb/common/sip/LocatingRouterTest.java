package org.imstb.common.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.sip.address.Hop;
import javax.sip.message.Request;

import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.message.MessageFactoryImpl;

import org.imstb.common.dns.DnsAnswer;
import org.imstb.common.dns.SipServerLocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/** The stack's next hop goes through RFC 3263 when the node has a DNS client. */
class LocatingRouterTest {
    private static final List<String> ZONE = List.of(
            "domain1.test. 300 IN NAPTR 10 50 \"s\" \"SIP+D2T\" \"\" _sip._tcp.domain1.test.",
            "_sip._tcp.domain1.test. 300 IN SRV 0 10 5070 icscf.domain1.test.",
            "icscf.domain1.test. 300 IN AAAA fd00:1::11",
            "pcscf.domain1.test. 300 IN AAAA fd00:1::10");

    private SipStackImpl stack;

    private Hop nextHop(String stackName, String request) throws Exception {
        Properties p = new Properties();
        p.setProperty("javax.sip.STACK_NAME", stackName);
        p.setProperty("javax.sip.ROUTER_PATH", LocatingRouter.class.getName());
        stack = new SipStackImpl(p);
        Request r = new MessageFactoryImpl().createRequest(request.replace("\n", "\r\n"));
        return stack.getRouter().getNextHop(r);
    }

    private static SipServerLocator locator() {
        List<Record> records = new ArrayList<>();
        for (String line : ZONE) {
            records.add(parse(line));
        }
        return new SipServerLocator((name, type) -> {
            List<Record> at = records.stream().filter(r -> r.getName().equals(name) && r.getType() == type)
                    .toList();
            return at.isEmpty() ? DnsAnswer.nxDomain(30) : DnsAnswer.found(at);
        });
    }

    private static Record parse(String line) {
        try {
            String[] f = line.split(" ", 5);
            return Record.fromString(Name.fromString(f[0]), Type.value(f[3]), org.xbill.DNS.DClass.IN,
                    Long.parseLong(f[1]), f[4], Name.root);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(line, e);
        }
    }

    private static String register(String routeHeader) {
        return "REGISTER sip:domain1.test SIP/2.0\n"
                + "Via: SIP/2.0/UDP [::1]:5099;branch=z9hG4bK1\n"
                + routeHeader
                + "From: <sip:bob@domain1.test>;tag=1\nTo: <sip:bob@domain1.test>\nCall-ID: c1\nCSeq: 1 REGISTER\n"
                + "Max-Forwards: 70\nContent-Length: 0\n\n";
    }

    @AfterEach
    void stop() {
        if (stack != null) {
            stack.stop();
        }
        LocatingRouter.unbind("router-test");
    }

    @Test
    void aDomainIsLocatedThroughNaptrSrvAndAaaa() throws Exception {
        LocatingRouter.bind("router-test", locator());
        Hop hop = nextHop("router-test", register(""));
        assertEquals("[fd00:1:0:0:0:0:0:11]", hop.getHost());
        assertEquals(5070, hop.getPort());
        assertEquals("tcp", hop.getTransport().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void aLooseRouteWithAPortNeedsOnlyAaaa() throws Exception {
        LocatingRouter.bind("router-test", locator());
        Hop hop = nextHop("router-test", register("Route: <sip:pcscf.domain1.test:5080;lr>\n"));
        assertEquals("[fd00:1:0:0:0:0:0:10]", hop.getHost());
        assertEquals(5080, hop.getPort());
        assertEquals("udp", hop.getTransport().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void withoutADnsClientTheDefaultRouterDecides() throws Exception {
        Hop hop = nextHop("router-test", register("Route: <sip:pcscf.domain1.test:5080;lr>\n"));
        assertEquals("pcscf.domain1.test", hop.getHost());
        assertEquals(5080, hop.getPort());
    }
}
