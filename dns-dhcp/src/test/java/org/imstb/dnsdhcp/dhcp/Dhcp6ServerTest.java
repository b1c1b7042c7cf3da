package org.imstb.dnsdhcp.dhcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.imstb.common.node.Metrics;
import org.imstb.dnsdhcp.dhcp.codec.Dhcp6Codec;
import org.imstb.dnsdhcp.dhcp.codec.Dhcp6Message;
import org.imstb.dnsdhcp.dhcp.codec.Dhcp6Option;
import org.imstb.dnsdhcp.dhcp.codec.Duid;
import org.imstb.dnsdhcp.dhcp.codec.Golden;
import org.imstb.dnsdhcp.dhcp.codec.IaAddress;
import org.imstb.dnsdhcp.dhcp.codec.IaNa;
import org.imstb.dnsdhcp.dhcp.codec.MessageType;
import org.imstb.dnsdhcp.dhcp.codec.OptionCode;
import org.imstb.dnsdhcp.dhcp.codec.Options;
import org.imstb.dnsdhcp.dhcp.codec.StatusCode;
import org.junit.jupiter.api.Test;

class Dhcp6ServerTest {
    static final byte[] SERVER = Duid.linkLayer(new byte[] {2, 0, 0, 0, 0, 0x53});
    static final byte[] CLIENT = Duid.linkLayer(new byte[] {2, 0, 0, 0, 0, 1});
    private final TestClock clock = new TestClock();
    private final Metrics metrics = new Metrics();

    static ServerSettings settings(boolean rapidCommit) {
        return new ServerSettings(SERVER, 255, rapidCommit, List.of("pcscf.domain1.test"),
                List.of(Options.ipv6("fd00:1::10")), List.of(Options.ipv6("fd00:3::53")), List.of("domain1.test"),
                3600, 7200);
    }

    private Dhcp6Server server(boolean rapidCommit, String poolEnd) {
        LeasePool pool = new LeasePool(Options.ipv6("fd00:1::1000"), Options.ipv6(poolEnd), Duration.ofSeconds(7200),
                clock);
        return new Dhcp6Server(settings(rapidCommit), pool, metrics);
    }

    private byte[] answer(Dhcp6Server s, byte[] request) {
        return s.handle(request, request.length).orElseThrow();
    }

    @Test
    void informationRequestGetsTheGoldenReply() {
        assertArrayEquals(Golden.bytes("reply-information.hex"),
                answer(server(true, "fd00:1::1001"), Golden.bytes("information-request.hex")));
        assertEquals(1, metrics.counter("imstb_dhcp_messages_total", "direction", "out", "type", "REPLY"));
    }

    @Test
    void solicitGetsTheGoldenAdvertiseOrRapidReply() {
        assertArrayEquals(Golden.bytes("advertise.hex"), answer(server(false, "fd00:1::1001"),
                Golden.bytes("solicit.hex")));
        assertArrayEquals(Golden.bytes("reply-rapid-commit.hex"), answer(server(true, "fd00:1::1001"),
                Golden.bytes("solicit.hex")));
    }

    @Test
    void fourMessageExchangeRenewAndRelease() throws Exception {
        Dhcp6Server s = server(false, "fd00:1::1001");
        Dhcp6Message adv = Dhcp6Codec.decode(answer(s, Golden.bytes("solicit.hex")));
        assertEquals(MessageType.ADVERTISE, adv.type());
        Dhcp6Message reply = Dhcp6Codec.decode(answer(s, Golden.bytes("request.hex")));
        assertEquals(MessageType.REPLY, reply.type());
        assertEquals(0x000102, reply.transactionId());
        assertEquals(Options.ipv6("fd00:1::1000"), address(reply));

        clock.advance(3000);
        Dhcp6Message renew = Dhcp6Codec.decode(answer(s, Dhcp6Codec.encode(client(MessageType.RENEW, true))));
        assertEquals(Options.ipv6("fd00:1::1000"), address(renew));
        clock.advance(7000);
        assertEquals(Options.ipv6("fd00:1::1000"), address(Dhcp6Codec.decode(answer(s,
                Dhcp6Codec.encode(client(MessageType.REBIND, false))))), "the renew extended the lease");

        Dhcp6Message released = Dhcp6Codec.decode(answer(s, Dhcp6Codec.encode(client(MessageType.RELEASE, true))));
        assertEquals(StatusCode.SUCCESS, Options.statusCode(released.option(OptionCode.STATUS_CODE).orElseThrow())
                .code());
        Dhcp6Message unknown = Dhcp6Codec.decode(answer(s, Dhcp6Codec.encode(client(MessageType.RENEW, true))));
        assertEquals(StatusCode.NO_BINDING, IaNa.parse(unknown.option(OptionCode.IA_NA).orElseThrow()).status()
                .code());
    }

    @Test
    void leasesExpireAndThePoolRunsOut() throws Exception {
        Dhcp6Server s = server(true, "fd00:1::1000");
        Dhcp6Message first = Dhcp6Codec.decode(answer(s, Golden.bytes("solicit.hex")));
        assertEquals(Options.ipv6("fd00:1::1000"), address(first));
        Dhcp6Message other = solicitFrom(Duid.linkLayer(new byte[] {2, 0, 0, 0, 0, 2}));
        Dhcp6Message refused = Dhcp6Codec.decode(answer(s, Dhcp6Codec.encode(other)));
        assertEquals(StatusCode.NO_ADDRS_AVAIL, IaNa.parse(refused.option(OptionCode.IA_NA).orElseThrow()).status()
                .code());
        clock.advance(7201);
        assertEquals(Options.ipv6("fd00:1::1000"), address(Dhcp6Codec.decode(answer(s, Dhcp6Codec.encode(other)))));
    }

    @Test
    void confirmSaysWhetherTheAddressIsOnLink() throws Exception {
        Dhcp6Server s = server(true, "fd00:1::1001");
        Dhcp6Message onLink = Dhcp6Codec.decode(answer(s, Dhcp6Codec.encode(client(MessageType.CONFIRM, false))));
        assertEquals(StatusCode.SUCCESS, Options.statusCode(onLink.option(OptionCode.STATUS_CODE).orElseThrow())
                .code());
        Dhcp6Message elsewhere = new Dhcp6Message(MessageType.CONFIRM, 7, List.of(Options.clientId(CLIENT),
                ia(Options.ipv6("fd00:9::1"))));
        Dhcp6Message notOnLink = Dhcp6Codec.decode(answer(s, Dhcp6Codec.encode(elsewhere)));
        assertEquals(StatusCode.NOT_ON_LINK, Options.statusCode(notOnLink.option(OptionCode.STATUS_CODE)
                .orElseThrow()).code());
    }

    @Test
    void oroLimitsTheOptionsAndNoOroGivesAll() throws Exception {
        Dhcp6Server s = server(true, "fd00:1::1001");
        Dhcp6Message onlySip = new Dhcp6Message(MessageType.INFORMATION_REQUEST, 1, List.of(Options.clientId(CLIENT),
                Options.oro(OptionCode.SIP_SERVER_A)));
        Dhcp6Message r = Dhcp6Codec.decode(answer(s, Dhcp6Codec.encode(onlySip)));
        assertEquals(List.of(OptionCode.SERVERID, OptionCode.CLIENTID, OptionCode.SIP_SERVER_A), codes(r));
        Dhcp6Message noOro = new Dhcp6Message(MessageType.INFORMATION_REQUEST, 1, List.of());
        assertEquals(List.of(OptionCode.SERVERID, 21, 22, 23, 24),
                codes(Dhcp6Codec.decode(answer(s, Dhcp6Codec.encode(noOro)))));
    }

    @Test
    void invalidMessagesAreDroppedAndCounted() {
        Dhcp6Server s = server(true, "fd00:1::1001");
        byte[] otherServer = Duid.linkLayer(new byte[] {2, 0, 0, 0, 0, 0x54});
        List<Dhcp6Message> bad = new ArrayList<>(List.of(
                new Dhcp6Message(MessageType.SOLICIT, 1, List.of(ia(null))),                         // no client id
                new Dhcp6Message(MessageType.SOLICIT, 1, List.of(Options.clientId(CLIENT), Options.serverId(SERVER))),
                new Dhcp6Message(MessageType.REQUEST, 1, List.of(Options.clientId(CLIENT))),          // no server id
                new Dhcp6Message(MessageType.REQUEST, 1, List.of(Options.clientId(CLIENT),
                        Options.serverId(otherServer))),                                               // another server
                new Dhcp6Message(MessageType.INFORMATION_REQUEST, 1, List.of(Options.serverId(otherServer))),
                new Dhcp6Message(MessageType.INFORMATION_REQUEST, 1, List.of(ia(null))),
                new Dhcp6Message(MessageType.ADVERTISE, 1, List.of(Options.clientId(CLIENT))),
                new Dhcp6Message(MessageType.CONFIRM, 1, List.of(Options.clientId(CLIENT))),
                new Dhcp6Message(MessageType.INFORMATION_REQUEST, 1, List.of(new Dhcp6Option(OptionCode.ORO,
                        new byte[3])))));
        for (Dhcp6Message m : bad) {
            byte[] wire = Dhcp6Codec.encode(m);
            assertEquals(Optional.empty(), s.handle(wire, wire.length), m.toString());
        }
        for (String garbage : List.of("", "0b", "0b1234560001", "0c000000", "ffffffff0001ffff")) {
            byte[] wire = org.imstb.common.util.Hex.parse(garbage);
            assertEquals(Optional.empty(), s.handle(wire, wire.length), garbage);
        }
        String scrape = metrics.scrape();
        assertTrue(scrape.contains("imstb_dhcp_dropped_total{reason=\"malformed\"} 6"), scrape);
        assertTrue(scrape.contains("imstb_dhcp_dropped_total{reason=\"no-client-id\"} 1"), scrape);
        assertTrue(scrape.contains("imstb_dhcp_dropped_total{reason=\"not-for-us\"} 3"), scrape);
        assertTrue(scrape.contains("imstb_dhcp_dropped_total{reason=\"server-id-present\"} 1"), scrape);
        assertTrue(scrape.contains("imstb_dhcp_dropped_total{reason=\"ia-in-information-request\"} 1"), scrape);
        assertTrue(scrape.contains("imstb_dhcp_dropped_total{reason=\"unexpected-type\"} 1"), scrape);
        assertTrue(scrape.contains("imstb_dhcp_dropped_total{reason=\"no-addresses\"} 1"), scrape);
    }

    @Test
    void withoutPoolStatefulRequestsGetNoAddrsAvail() throws Exception {
        Dhcp6Server s = new Dhcp6Server(settings(true), null, metrics);
        Dhcp6Message r = Dhcp6Codec.decode(answer(s, Golden.bytes("solicit.hex")));
        assertEquals(StatusCode.NO_ADDRS_AVAIL, IaNa.parse(r.option(OptionCode.IA_NA).orElseThrow()).status().code());
    }

    private static Dhcp6Message client(int type, boolean withServerId) {
        List<Dhcp6Option> o = new ArrayList<>();
        o.add(Options.clientId(CLIENT));
        if (withServerId) {
            o.add(Options.serverId(SERVER));
        }
        o.add(ia(Options.ipv6("fd00:1::1000")));
        return new Dhcp6Message(type, 0x42, o);
    }

    private static Dhcp6Message solicitFrom(byte[] duid) {
        return new Dhcp6Message(MessageType.SOLICIT, 0x43, List.of(Options.clientId(duid), Options.rapidCommit(),
                ia(null)));
    }

    private static Dhcp6Option ia(java.net.Inet6Address address) {
        List<Dhcp6Option> sub = address == null ? List.of()
                : List.of(new IaAddress(address, 0, 0, List.of()).toOption());
        return new IaNa(1, 0, 0, sub).toOption();
    }

    private static java.net.Inet6Address address(Dhcp6Message m) throws Exception {
        return IaNa.parse(m.option(OptionCode.IA_NA).orElseThrow()).addresses().get(0).address();
    }

    private static List<Integer> codes(Dhcp6Message m) {
        return m.options().stream().map(Dhcp6Option::code).toList();
    }
}
