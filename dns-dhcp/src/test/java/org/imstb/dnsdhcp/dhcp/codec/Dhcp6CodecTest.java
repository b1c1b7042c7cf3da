package org.imstb.dnsdhcp.dhcp.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Dhcp6CodecTest {
    private static final byte[] CLIENT = Duid.linkLayer(new byte[] {2, 0, 0, 0, 0, 1});
    private static final byte[] SERVER = Duid.linkLayer(new byte[] {2, 0, 0, 0, 0, 0x53});

    @Test
    void decodesInformationRequest() throws Exception {
        Dhcp6Message m = Golden.message("information-request.hex");
        assertEquals(MessageType.INFORMATION_REQUEST, m.type());
        assertEquals(0x123456, m.transactionId());
        assertArrayEquals(CLIENT, m.option(OptionCode.CLIENTID).orElseThrow().data());
        assertEquals(List.of(21, 22, 23, 24), Options.oro(m.option(OptionCode.ORO).orElseThrow()));
    }

    @Test
    void encodesInformationRequest() {
        Dhcp6Message m = new Dhcp6Message(MessageType.INFORMATION_REQUEST, 0x123456, List.of(Options.clientId(CLIENT),
                Options.elapsedTime(0), Options.oro(21, 22, 23, 24)));
        assertArrayEquals(Golden.bytes("information-request.hex"), Dhcp6Codec.encode(m));
    }

    @Test
    void replyOptionsOfRfc3319AndRfc3646() throws Exception {
        Dhcp6Message m = Golden.message("reply-information.hex");
        assertEquals(MessageType.REPLY, m.type());
        assertArrayEquals(SERVER, m.option(OptionCode.SERVERID).orElseThrow().data());
        assertEquals(List.of("pcscf.domain1.test"), Options.domainNames(m.option(21).orElseThrow()));
        assertEquals(List.of(Options.ipv6("fd00:1::10")), Options.addresses(m.option(22).orElseThrow()));
        assertEquals(List.of(Options.ipv6("fd00:3::53")), Options.addresses(m.option(23).orElseThrow()));
        assertEquals(List.of("domain1.test"), Options.domainNames(m.option(24).orElseThrow()));
        Dhcp6Message built = new Dhcp6Message(MessageType.REPLY, 0x123456, List.of(Options.serverId(SERVER),
                Options.clientId(CLIENT), Options.domainNames(21, List.of("pcscf.domain1.test")),
                Options.addresses(22, List.of(Options.ipv6("fd00:1::10"))),
                Options.addresses(23, List.of(Options.ipv6("fd00:3::53"))),
                Options.domainNames(24, List.of("domain1.test."))));
        assertArrayEquals(Golden.bytes("reply-information.hex"), Dhcp6Codec.encode(built));
    }

    @Test
    void iaNaWithAddress() throws Exception {
        Dhcp6Message m = Golden.message("advertise.hex");
        IaNa ia = IaNa.parse(m.option(OptionCode.IA_NA).orElseThrow());
        assertEquals(1, ia.iaid());
        assertEquals(1800, ia.t1());
        assertEquals(2880, ia.t2());
        IaAddress a = ia.addresses().get(0);
        assertEquals(Options.ipv6("fd00:1::1000"), a.address());
        assertEquals(3600, a.preferredLifetime());
        assertEquals(7200, a.validLifetime());
        assertNull(ia.status());
        assertArrayEquals(m.option(OptionCode.IA_NA).orElseThrow().data(), ia.toOption().data());
    }

    @Test
    void everyGoldenMessageRoundTrips() throws Exception {
        for (String name : List.of("information-request.hex", "reply-information.hex", "solicit.hex",
                "advertise.hex", "reply-rapid-commit.hex", "request.hex")) {
            byte[] wire = Golden.bytes(name);
            assertArrayEquals(wire, Dhcp6Codec.encode(Dhcp6Codec.decode(wire)), name);
        }
    }

    @Test
    void statusCode() throws Exception {
        StatusCode s = Options.statusCode(Options.statusCode(StatusCode.NO_ADDRS_AVAIL, "none left"));
        assertEquals(new StatusCode(2, "none left"), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",                      // nothing
        "0b12",                  // short header
        "0b123456 0001",         // truncated option header
        "0b123456 0001 000a 0003", // option longer than the message
        "00123456",              // message type 0
        "0c00 0000000000000000000000000000000000000000000000000000000000000000", // relay-forw
    })
    void malformedMessagesAreRejected(String hex) {
        byte[] b = org.imstb.common.util.Hex.parse(hex.replace(" ", ""));
        assertThrows(Dhcp6DecodeException.class, () -> Dhcp6Codec.decode(b));
    }

    @Test
    void malformedOptionsAreRejected() {
        assertThrows(Dhcp6DecodeException.class, () -> Options.oro(new Dhcp6Option(6, new byte[3])));
        assertThrows(Dhcp6DecodeException.class, () -> Options.addresses(new Dhcp6Option(23, new byte[17])));
        assertThrows(Dhcp6DecodeException.class, () -> Options.statusCode(new Dhcp6Option(13, new byte[1])));
        assertThrows(Dhcp6DecodeException.class, () -> IaNa.parse(new Dhcp6Option(3, new byte[11])));
        assertThrows(Dhcp6DecodeException.class, () -> IaAddress.parse(new Dhcp6Option(5, new byte[23])));
        assertThrows(Dhcp6DecodeException.class, () -> IaNa.parse(new Dhcp6Option(3,
                org.imstb.common.util.Hex.parse("000000010000000000000000" + "0005"))));
    }

    @Test
    void domainNames() throws Exception {
        assertEquals(List.of("a.b", "c"), DomainNames.decode(DomainNames.encode(List.of("a.b", "c."))));
        assertThrows(Dhcp6DecodeException.class, () -> DomainNames.decode(new byte[] {3, 'a', 'b', 'c'}));
        assertThrows(Dhcp6DecodeException.class, () -> DomainNames.decode(new byte[] {(byte) 0xC0, 0x0C}));
        assertThrows(Dhcp6DecodeException.class, () -> DomainNames.decode(new byte[] {5, 'a', 0}));
        assertThrows(IllegalArgumentException.class, () -> DomainNames.encode(List.of("a..b")));
        assertThrows(IllegalArgumentException.class, () -> DomainNames.encode(List.of("x".repeat(64))));
    }
}
