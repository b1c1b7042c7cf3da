package org.imstb.common.trace.hep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.imstb.common.trace.Direction;
import org.imstb.common.trace.Protocol;
import org.imstb.common.trace.TraceRecord;
import org.imstb.common.util.Hex;
import org.junit.jupiter.api.Test;

/**
 * Golden packets, checked by hand against the HEP3 chunk layout: "HEP3", total length (16 bits, whole packet), then
 * chunks of vendor (16 bits, 0x0000 generic), type (16 bits), length (16 bits, the 6-byte header included), value.
 */
class Hep3EncoderTest {
    /** Names resolve from this table only, so the golden bytes do not depend on the hosts file. */
    static final HostResolver LAB = Map.of(
            "hss.domain1.test", addr("fd00:0:0:1::13"),
            "icscf.domain1.test", addr("fd00:0:0:1::11"))::get;

    static final String OPTIONS = "OPTIONS sip:scscf.domain1.test SIP/2.0\r\nContent-Length: 0\r\n\r\n";

    @Test
    void ipv6SipRecord() {
        // sent by pcscf1 over UDP; remote written the JAIN-SIP way, an IPv6 literal then ":port" without brackets
        TraceRecord r = new TraceRecord(1_700_000_000_123_456_789L, "pcscf1", Direction.OUT, Protocol.SIP, "UDP",
                "[fd00:0:0:1::10]:5060", "fd00:0:0:1:0:0:0:11:5060", "OPTIONS sip:scscf.domain1.test", OPTIONS);
        String expected = String.join("",
                "48455033", "00d0",                                      // "HEP3", 208 bytes in all
                "0000" + "0001" + "0007" + "0a",                         // IP family: 10 = IPv6
                "0000" + "0002" + "0007" + "11",                         // IP protocol: 17 = UDP
                "0000" + "0005" + "0016" + "fd000000000000010000000000000010", // IPv6 source = local (OUT)
                "0000" + "0006" + "0016" + "fd000000000000010000000000000011", // IPv6 destination = remote
                "0000" + "0007" + "0008" + "13c4",                       // source port 5060
                "0000" + "0008" + "0008" + "13c4",                       // destination port 5060
                "0000" + "0009" + "000a" + "6553f100",                   // seconds 1700000000
                "0000" + "000a" + "000a" + "0001e240",                   // microseconds 123456 (ns cut, not rounded)
                "0000" + "000b" + "0007" + "01",                         // protocol type 1 = SIP
                "0000" + "000c" + "000a" + "000007d1",                   // capture id 2001
                "0000" + "000e" + "000c" + "736563726574",               // auth key "secret"
                "0000" + "0013" + "000c" + "706373636631",               // node name "pcscf1"
                "0000" + "000f" + "0043"                                 // payload, 61 bytes: the message as is
                        + "4f5054494f4e53207369703a73637363662e646f6d61696e312e74657374205349502f322e300d0a"
                        + "436f6e74656e742d4c656e6774683a20300d0a0d0a");
        assertEquals(expected, Hex.format(Hep3Encoder.encode(HepRecords.packet(r, 2001, "secret", LAB))));
    }

    @Test
    void diameterRecord() {
        // received by hss1 from the I-CSCF: remote is a Diameter identity (no port), local is identity:port
        String listing = "UAR (300) flags=RP-- app=16777216 hbh=1a2b e2e=3c4d\n"
                + "  Session-Id = icscf.domain1.test;1;2\n"
                + "  Vendor-Specific-Application-Id:\n"
                + "    Vendor-Id = 10415\n"
                + "    Auth-Application-Id = 16777216\n"
                + "  Public-Identity = sip:alice@domain1.test\n";
        TraceRecord r = new TraceRecord(1_700_000_000_000_001_999L, "hss1", Direction.IN, Protocol.DIAMETER, "TCP",
                "hss.domain1.test:3868", "icscf.domain1.test", "UAR sip:alice@domain1.test", listing);
        String json = "{\"node\":\"hss1\",\"direction\":\"IN\",\"peer\":\"icscf.domain1.test\","
                + "\"summary\":\"UAR sip:alice@domain1.test\",\"command\":\"UAR\",\"commandCode\":300,"
                + "\"request\":true,\"flags\":\"RP--\",\"applicationId\":16777216,\"hopByHop\":\"1a2b\","
                + "\"endToEnd\":\"3c4d\",\"sessionId\":\"icscf.domain1.test;1;2\",\"avps\":["
                + "{\"name\":\"Session-Id\",\"value\":\"icscf.domain1.test;1;2\"},"
                + "{\"name\":\"Vendor-Specific-Application-Id\",\"avps\":["
                + "{\"name\":\"Vendor-Id\",\"value\":\"10415\"},"
                + "{\"name\":\"Auth-Application-Id\",\"value\":\"16777216\"}]},"
                + "{\"name\":\"Public-Identity\",\"value\":\"sip:alice@domain1.test\"}]}";
        assertEquals(523, json.length());
        String expected = String.join("",
                "48455033", "02ac",                                      // "HEP3", 684 bytes = 155 + 6 + 523
                "0000" + "0001" + "0007" + "0a",                         // IPv6
                "0000" + "0002" + "0007" + "06",                         // 6 = TCP
                "0000" + "0005" + "0016" + "fd000000000000010000000000000011", // source = remote (IN): the I-CSCF
                "0000" + "0006" + "0016" + "fd000000000000010000000000000013", // destination = local: the HSS
                "0000" + "0007" + "0008" + "0000",                       // source port unknown: 0
                "0000" + "0008" + "0008" + "0f1c",                       // destination port 3868
                "0000" + "0009" + "000a" + "6553f100",                   // seconds 1700000000
                "0000" + "000a" + "000a" + "00000001",                   // microseconds 1
                "0000" + "000b" + "0007" + "38",                         // protocol type 0x38 = 56, Diameter
                "0000" + "000c" + "000a" + "ffffffff",                   // capture id 4294967295 (unsigned)
                // no auth key chunk (0x000e) without a password
                "0000" + "0011" + "001c" + "69637363662e646f6d61696e312e746573743b313b32", // correlation: Session-Id
                "0000" + "0013" + "000a" + "68737331",                   // node name "hss1"
                "0000" + "000f" + "0211"                                 // payload, 523 bytes of JSON
                        + Hex.format(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, Hex.format(Hep3Encoder.encode(HepRecords.packet(r, 0xFFFF_FFFFL, null, LAB))));
    }

    @Test
    void ipv4BothEndsUseIpv4ChunksAndMixedFamiliesMapToIpv6() {
        HepPacket v4 = new HepPacket(17, addr("192.0.2.1"), 5060, addr("192.0.2.2"), 5080, 1, 2, 1, 7, null, null,
                null, new byte[] {'x'});
        HepDecoder.Packet p = HepDecoder.decode(Hep3Encoder.encode(v4));
        assertEquals(List.of(1, 2, 3, 4, 7, 8, 9, 10, 11, 12, 15), p.types());
        assertEquals(2, p.u8(Hep3Encoder.CHUNK_IP_FAMILY));
        assertEquals(addr("192.0.2.2"), p.address(Hep3Encoder.CHUNK_IPV4_DST));

        HepPacket mixed = new HepPacket(17, addr("192.0.2.1"), 5060, addr("fd00::1"), 5080, 1, 2, 1, 7, null, null,
                null, new byte[0]);
        p = HepDecoder.decode(Hep3Encoder.encode(mixed));
        assertEquals(10, p.u8(Hep3Encoder.CHUNK_IP_FAMILY));
        assertEquals("00000000000000000000ffffc0000201", Hex.format(p.byType().get(Hep3Encoder.CHUNK_IPV6_SRC)));

        // an unresolved end takes the family of the other; nothing resolved at all is sent as :: to ::
        HepPacket half = new HepPacket(6, null, 0, addr("192.0.2.2"), 3868, 1, 2, 0x38, 7, null, null, null, null);
        p = HepDecoder.decode(Hep3Encoder.encode(half));
        assertEquals(addr("0.0.0.0"), p.address(Hep3Encoder.CHUNK_IPV4_SRC));
        HepPacket none = new HepPacket(6, null, 0, null, 0, 1, 2, 0x38, 7, null, null, null, null);
        p = HepDecoder.decode(Hep3Encoder.encode(none));
        assertEquals(addr("::"), p.address(Hep3Encoder.CHUNK_IPV6_SRC));
        assertEquals(0, p.byType().get(Hep3Encoder.CHUNK_PAYLOAD).length);
    }

    @Test
    void oversizedPayloadIsCutToOneDatagramAtACharacterBoundary() {
        byte[] big = "é".repeat(40_000).getBytes(StandardCharsets.UTF_8); // 80000 bytes of 2-byte characters
        byte[] packet = Hep3Encoder.encode(new HepPacket(17, null, 0, null, 0, 0, 0, 1, 1, null, null, "n", big));
        assertTrue(packet.length <= Hep3Encoder.MAX_PACKET, "length " + packet.length);
        byte[] payload = HepDecoder.decode(packet).byType().get(Hep3Encoder.CHUNK_PAYLOAD);
        assertEquals(0, payload.length % 2, "no character cut in half");
        assertArrayEquals(java.util.Arrays.copyOf(big, payload.length), payload);
    }

    @Test
    void timestampsBeforeTheEpochOrPast2106AreClamped() {
        TraceRecord before = new TraceRecord(-1, "n", Direction.IN, Protocol.SIP, "UDP", "", "", "", "");
        HepPacket p = HepRecords.packet(before, 1, null, LAB);
        assertEquals(0, p.seconds());
        assertEquals(0, p.micros());
        TraceRecord far = new TraceRecord(Long.MAX_VALUE, "n", Direction.IN, Protocol.SIP, "UDP", "", "", "", "");
        assertEquals(0xFFFF_FFFFL, HepRecords.packet(far, 1, null, LAB).seconds());
    }

    static InetAddress addr(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
