package org.imstb.dnsdhcp.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.imstb.common.node.Metrics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

class DnsResponderTest {
    @TempDir
    Path dir;
    private final Metrics metrics = new Metrics();
    private DnsResponder responder;

    @BeforeEach
    void zones() {
        responder = new DnsResponder(ZoneBuilder.build(Configs.twoDomains(dir)), metrics);
    }

    private Message ask(Message query, DnsResponder.Transport t) throws Exception {
        byte[] wire = query.toWire();
        byte[] answer = responder.respond(wire, wire.length, t);
        return new Message(answer);
    }

    private Message ask(String name, int type) throws Exception {
        return ask(Message.newQuery(Record.newRecord(Name.fromString(name), type, DClass.IN)),
                DnsResponder.Transport.UDP);
    }

    private static List<String> section(Message m, int section) {
        return m.getSection(section).stream().map(r -> r.getName() + " " + r.getTTL() + " " + Type.string(r.getType())
                + " " + r.rdataToString()).toList();
    }

    @Test
    void authoritativeAnswerWithSrvTargetAddresses() throws Exception {
        Message m = ask("_sip._udp.domain2.test.", Type.SRV);
        assertEquals(Rcode.NOERROR, m.getRcode());
        assertTrue(m.getHeader().getFlag(Flags.AA));
        assertTrue(m.getHeader().getFlag(Flags.QR));
        assertEquals(List.of("_sip._udp.domain2.test. 300 SRV 0 10 5060 icscf.domain2.test."),
                section(m, Section.ANSWER));
        assertEquals(List.of("icscf.domain2.test. 300 AAAA fd00:2:0:0:0:0:0:11"), section(m, Section.ADDITIONAL));
    }

    @Test
    void unknownNameIsNxdomainWithSoa() throws Exception {
        Message m = ask("nobody.domain1.test.", Type.AAAA);
        assertEquals(Rcode.NXDOMAIN, m.getRcode());
        assertTrue(m.getHeader().getFlag(Flags.AA));
        assertEquals(List.of("domain1.test. 30 SOA ns.domain1.test. hostmaster.domain1.test. 1 3600 600 "
                + "86400 30"), section(m, Section.AUTHORITY));
    }

    @Test
    void knownNameOtherTypeIsNoDataWithSoa() throws Exception {
        Message m = ask("pcscf.domain1.test.", Type.A);
        assertEquals(Rcode.NOERROR, m.getRcode());
        assertEquals(0, m.getSection(Section.ANSWER).size());
        assertEquals(Type.SOA, m.getSection(Section.AUTHORITY).get(0).getType());
    }

    @Test
    void outsideOurZonesIsRefused() throws Exception {
        assertEquals(Rcode.REFUSED, ask("www.example.org.", Type.AAAA).getRcode());
        assertEquals(Rcode.REFUSED, ask("test.", Type.SOA).getRcode());
        assertEquals(Rcode.REFUSED, ask("domain1.test.", Type.AXFR).getRcode());
        Message chaos = Message.newQuery(Record.newRecord(Name.fromString("version.bind."), Type.TXT, DClass.CH));
        assertEquals(Rcode.REFUSED, ask(chaos, DnsResponder.Transport.UDP).getRcode());
    }

    @Test
    void otherOpcodesAreNotImplemented() throws Exception {
        Message notify = Message.newQuery(Record.newRecord(Name.fromString("domain1.test."), Type.SOA, DClass.IN));
        notify.getHeader().setOpcode(Opcode.NOTIFY);
        Message m = ask(notify, DnsResponder.Transport.UDP);
        assertEquals(Rcode.NOTIMP, m.getRcode());
        assertEquals(Opcode.NOTIFY, m.getHeader().getOpcode());
    }

    @Test
    void malformedQueriesGetFormerrAndNeverCrash() throws Exception {
        byte[] query = Message.newQuery(Record.newRecord(Name.fromString("domain1.test."), Type.NAPTR, DClass.IN))
                .toWire();
        int id = ((query[0] & 0xFF) << 8) | (query[1] & 0xFF);
        byte[] cut = java.util.Arrays.copyOf(query, query.length - 3);
        Message m = new Message(responder.respond(cut, cut.length, DnsResponder.Transport.UDP));
        assertEquals(Rcode.FORMERR, m.getRcode());
        assertEquals(id, m.getHeader().getID());

        byte[] twoQuestions = query.clone();
        twoQuestions[5] = 2;
        assertEquals(Rcode.FORMERR, new Message(responder.respond(twoQuestions, twoQuestions.length,
                DnsResponder.Transport.UDP)).getRcode());
        byte[] noQuestion = java.util.Arrays.copyOf(query, 12);
        noQuestion[5] = 0;
        assertEquals(Rcode.FORMERR, new Message(responder.respond(noQuestion, 12, DnsResponder.Transport.TCP))
                .getRcode());

        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 2000; i++) {
            byte[] junk = new byte[random.nextInt(80)];
            random.nextBytes(junk);
            if (junk.length > 2) {
                junk[2] &= 0x7F;
            }
            byte[] out = responder.respond(junk, junk.length, DnsResponder.Transport.UDP);
            if (junk.length < 12) {
                assertNull(out);
            } else {
                new Message(out);
            }
        }
        assertNull(responder.respond(new byte[5], 5, DnsResponder.Transport.UDP));
        assertTrue(metrics.counter("imstb_dns_queries_total", "transport", "udp", "rcode", "FORMERR") >= 2);
        assertTrue(metrics.counter("imstb_dns_dropped_total", "reason", "short") >= 1);
    }

    @Test
    void responsesAreDropped() throws Exception {
        byte[] q = Message.newQuery(Record.newRecord(Name.fromString("domain1.test."), Type.SOA, DClass.IN)).toWire();
        q[2] |= (byte) 0x80;
        assertNull(responder.respond(q, q.length, DnsResponder.Transport.UDP));
        assertEquals(1, metrics.counter("imstb_dns_dropped_total", "reason", "response"));
    }

    @Test
    void ednsVersionOneIsBadvers() throws Exception {
        Message q = Message.newQuery(Record.newRecord(Name.fromString("domain1.test."), Type.SOA, DClass.IN));
        q.addRecord(new OPTRecord(1232, 0, 1), Section.ADDITIONAL);
        assertEquals(Rcode.BADVERS, ask(q, DnsResponder.Transport.UDP).getRcode());
    }

    @Test
    void bigAnswersAreTruncatedOverUdpOnly() throws Exception {
        StringBuilder yaml = new StringBuilder("dns:\n  domains:\n    - name: big.test\n      records:\n");
        for (int i = 0; i < 40; i++) {
            yaml.append("        - \"many IN AAAA fd00::").append(Integer.toHexString(i + 1)).append("\"\n");
        }
        responder = new DnsResponder(ZoneBuilder.build(Configs.load(dir, yaml.toString())), metrics);
        Message q = Message.newQuery(Record.newRecord(Name.fromString("many.big.test."), Type.AAAA, DClass.IN));
        Message udp = ask(q, DnsResponder.Transport.UDP);
        assertTrue(udp.getHeader().getFlag(Flags.TC));
        Message tcp = ask(q, DnsResponder.Transport.TCP);
        assertFalse(tcp.getHeader().getFlag(Flags.TC));
        assertEquals(40, tcp.getSection(Section.ANSWER).size());
        q.addRecord(new OPTRecord(4096, 0, 0), Section.ADDITIONAL);
        Message edns = ask(q, DnsResponder.Transport.UDP);
        assertFalse(edns.getHeader().getFlag(Flags.TC));
        assertEquals(40, edns.getSection(Section.ANSWER).size());
    }

    @Test
    void enumWildcardAnswersCarryTheAskedName() throws Exception {
        Message m = ask("1.0.0.2.5.5.5.1.e164.arpa.", Type.NAPTR);
        assertEquals(Rcode.NOERROR, m.getRcode());
        assertEquals(Name.fromString("1.0.0.2.5.5.5.1.e164.arpa."), m.getSection(Section.ANSWER).get(0).getName());
    }

    @Test
    void countsByTransportAndRcode() throws Exception {
        ask("domain1.test.", Type.NAPTR);
        ask("nobody.domain1.test.", Type.AAAA);
        assertEquals(1, metrics.counter("imstb_dns_queries_total", "transport", "udp", "rcode", "NOERROR"));
        assertEquals(1, metrics.counter("imstb_dns_queries_total", "transport", "udp", "rcode", "NXDOMAIN"));
        assertEquals(1, metrics.counter("imstb_dns_answers_total", "zone", "domain1.test", "type", "NAPTR"));
        assertEquals(0, metrics.counter("imstb_dns_answers_total", "zone", "domain1.test", "type", "AAAA"),
                "NXDOMAIN is not an answer");
    }
}
