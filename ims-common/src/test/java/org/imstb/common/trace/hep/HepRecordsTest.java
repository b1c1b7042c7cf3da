package org.imstb.common.trace.hep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import org.imstb.common.trace.Direction;
import org.imstb.common.trace.Protocol;
import org.imstb.common.trace.TraceRecord;
import org.imstb.common.trace.hep.HepRecords.HostPort;
import org.junit.jupiter.api.Test;

class HepRecordsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readsEveryAddressFormOfTheTraces() {
        assertEquals(new HostPort("fd00:0:0:1::10", 5060), HostPort.parse("[fd00:0:0:1::10]:5060"));
        assertEquals(new HostPort("0:0:0:0:0:0:0:1", 22913), HostPort.parse("0:0:0:0:0:0:0:1:22913")); // JAIN-SIP
        assertEquals(new HostPort("fd00::1", 5060), HostPort.parse("fd00::1:5060"));
        assertEquals(new HostPort("hss.domain1.test", 3868), HostPort.parse("hss.domain1.test:3868")); // Diameter
        assertEquals(new HostPort("hss.domain1.test", 0), HostPort.parse("hss.domain1.test")); // Diameter identity
        assertEquals(new HostPort("192.0.2.1", 5060), HostPort.parse("192.0.2.1:5060"));
        assertEquals(new HostPort("::1", 0), HostPort.parse("::1"));
        assertEquals(new HostPort("fd00::5", 0), HostPort.parse("fd00::5"));
        assertEquals(new HostPort("::1", 0), HostPort.parse("[::1]"));
    }

    @Test
    void oddAddressesGiveNoPortAndNeverThrow() {
        assertEquals(new HostPort("", 0), HostPort.parse(null));
        assertEquals(new HostPort("", 0), HostPort.parse(""));
        assertEquals(new HostPort("host", 0), HostPort.parse("host:99999"));
        assertEquals(new HostPort("host", 0), HostPort.parse("host:http"));
        assertEquals(new HostPort("::1", 0), HostPort.parse("[::1"));
        assertEquals(new HostPort("::1", 0), HostPort.parse("[::1]junk"));
        assertEquals(new HostPort("a:b:c", 0), HostPort.parse("a:b:c"));
        assertEquals(new HostPort("", 5), HostPort.parse(":5"));

        HostResolver failing = h -> {
            throw new IllegalStateException("resolver bug");
        };
        TraceRecord odd = new TraceRecord(0, null, null, null, null, null, "[::1", null, null);
        HepPacket p = HepRecords.packet(odd, 1, null, failing);
        assertNull(p.source());
        assertEquals(0, p.payload().length);
        HepDecoder.decode(Hep3Encoder.encode(p)); // and it encodes
        TraceRecord oddDiameter = new TraceRecord(0, "n", Direction.OUT, Protocol.DIAMETER, "TCP", "x:1", "y",
                null, null);
        HepDecoder.decode(Hep3Encoder.encode(HepRecords.packet(oddDiameter, 1, null, failing)));
    }

    @Test
    void transportsMapToIpProtocols() {
        assertEquals(17, HepRecords.ipProtocol("UDP"));
        assertEquals(6, HepRecords.ipProtocol("tcp"));
        assertEquals(6, HepRecords.ipProtocol("TLS"));
        assertEquals(132, HepRecords.ipProtocol("SCTP"));
        assertEquals(17, HepRecords.ipProtocol(null));
    }

    @Test
    void diameterValuesWithLineBreaksStayWholeAndBaseMessagesCorrelateByEndToEndId() throws Exception {
        String listing = "UDA (306) flags=-P-- app=16777217 hbh=1 e2e=abc\n"
                + "  Session-Id = as;1\n"
                + "  User-Data = <?xml version=\"1.0\"?>\n"
                + "<Sh-Data>\n"
                + "  <PublicIdentifiers/>\n"
                + "</Sh-Data>\n"
                + "  Result-Code = 2001\n";
        TraceRecord r = new TraceRecord(0, "hss1", Direction.OUT, Protocol.DIAMETER, "TCP", "hss:3868", "as",
                "UDA DIAMETER_SUCCESS [2001]", listing);
        DiameterJson.Payload p = DiameterJson.of(r);
        JsonNode j = JSON.readTree(p.json());
        assertEquals("as;1", p.correlationId());
        assertEquals(false, j.get("request").asBoolean());
        assertEquals("<?xml version=\"1.0\"?>\n<Sh-Data>\n  <PublicIdentifiers/>\n</Sh-Data>",
                j.get("avps").get(1).get("value").asText());
        assertEquals("Result-Code", j.get("avps").get(2).get("name").asText());

        TraceRecord cer = new TraceRecord(0, "hss1", Direction.IN, Protocol.DIAMETER, "TCP", "hss:3868", "icscf",
                "CER", "CER (257) flags=R--- app=0 hbh=c2 e2e=636\n  Origin-Host = icscf\n  AVP 999/10415 = 0a0b\n");
        DiameterJson.Payload c = DiameterJson.of(cer);
        assertEquals("e2e:636", c.correlationId());
        assertEquals("AVP 999/10415", JSON.readTree(c.json()).get("avps").get(1).get("name").asText());

        TraceRecord text = new TraceRecord(0, "hss1", Direction.IN, Protocol.DIAMETER, "TCP", "", "", "?", "junk\0");
        DiameterJson.Payload t = DiameterJson.of(text);
        assertEquals("unknown", t.correlationId());
        assertEquals("junk\0", JSON.readTree(t.json()).get("text").asText());
    }

    @Test
    void captureIdsAreDerivedFromNodeNames() {
        assertEquals(2001, HepConfig.captureIdFor(null));
        assertEquals(2001, HepConfig.captureIdFor(" "));
        long p1 = HepConfig.captureIdFor("pcscf1");
        assertEquals(p1, HepConfig.captureIdFor("pcscf1"));
        assertNotEquals(p1, HepConfig.captureIdFor("pcscf2"));
        assertTrue(p1 >= 2001 && p1 < 1_002_001, "" + p1);
        assertEquals(7, new HepConfig("::1", null, 7L, null, null).captureId("pcscf1"));
        assertEquals(p1, new HepConfig("::1", null, null, null, null).captureId("pcscf1"));
    }

    @Test
    void cachingResolverAnswersLiteralsAndRefusesEmptyNames() {
        HostResolver r = HostResolver.caching();
        assertEquals(Hep3EncoderTest.addr("::1"), r.resolve("::1"));
        assertEquals(Hep3EncoderTest.addr("::1"), r.resolve("::1"));
        assertNull(r.resolve(""));
        assertNull(r.resolve(null));
        assertNull(r.resolve("no-such-host.invalid"));
        InetAddress hss = r.resolve("hss.domain1.test"); // the test hosts file maps every node name to ::1
        assertEquals(Hep3EncoderTest.addr("::1"), hss);
    }
}
