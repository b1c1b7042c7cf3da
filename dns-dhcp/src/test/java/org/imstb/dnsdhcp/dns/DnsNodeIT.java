package org.imstb.dnsdhcp.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.imstb.common.dns.DnsClientConfig;
import org.imstb.common.dns.EnumResolver;
import org.imstb.common.dns.SipServerLocator;
import org.imstb.common.dns.SipTarget;
import org.imstb.common.node.NodeRunner;
import org.imstb.dnsdhcp.Commands;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;

/**
 * The DNS node as its own server on [::1] (free port): resolved through the ims-common RFC 3263 locator exactly as
 * a CSCF does, by ENUM, by dig and kdig when installed, and fed garbage over UDP and TCP.
 */
class DnsNodeIT {
    @TempDir
    static Path dir;
    private static NodeRunner.Running node;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        Path config = Configs.copy("/org/imstb/dnsdhcp/dns/two-domains.yaml", dir);
        node = NodeRunner.start(new DnsNodeKind(), config);
        port = ((DnsNode) node.node()).port();
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    private static List<String> locate(DnsClientConfig dns, String uri) {
        return SipServerLocator.create(dns).locate(uri).stream().map(SipTarget::toString).toList();
    }

    @Test
    void cscfFindsEachDomainsIcscfOverUdpAndTcp() {
        DnsClientConfig udp = DnsClientConfig.of("::1", port);
        DnsClientConfig tcp = new DnsClientConfig("::1", port, true, 2000, null, null);
        assertEquals(List.of("UDP icscf.domain1.test [fd00:1:0:0:0:0:0:11]:5060",
                "TCP icscf.domain1.test [fd00:1:0:0:0:0:0:11]:5060"), locate(udp, "sip:alice@domain1.test"));
        assertEquals(List.of("UDP icscf.domain2.test [fd00:2:0:0:0:0:0:11]:5060",
                "TCP icscf.domain2.test [fd00:2:0:0:0:0:0:11]:5060"), locate(tcp, "sip:bob@domain2.test"));
        assertEquals(List.of("TCP icscf.domain2.test [fd00:2:0:0:0:0:0:11]:5060"),
                locate(udp, "sip:domain2.test;transport=tcp"));
        assertEquals(List.of("UDP scscf.domain1.test [fd00:1:0:0:0:0:0:12]:6060"),
                locate(udp, "sip:scscf.domain1.test:6060"));
        assertEquals(List.of(), locate(udp, "sip:nobody.domain1.test"));
    }

    @Test
    void telUrisResolveByEnumToEitherOperator() {
        EnumResolver e = new EnumResolver(DnsClientConfig.of("::1", port).newSource());
        assertEquals(Optional.of("sip:alice@domain1.test"), e.toSipUri("tel:+1-555-1001"));
        assertEquals(Optional.of("sip:+15552007@domain2.test;user=phone"), e.toSipUri("tel:+15552007"));
        assertEquals(Optional.empty(), e.toSipUri("tel:+15559999"));
        assertEquals("UDP icscf.domain2.test [fd00:2:0:0:0:0:0:11]:5060",
                locate(DnsClientConfig.of("::1", port), e.toSipUri("+15552007").orElseThrow()).get(0));
    }

    @Test
    void garbageGetsFormerrAndTheServerKeepsServing() throws Exception {
        try (DatagramSocket s = new DatagramSocket()) {
            s.setSoTimeout(3000);
            byte[] junk = {0x12, 0x34, 0x01, 0x00, 0x00, 0x01, 0, 0, 0, 0, 0, 0, 0x3F, 'x'};
            s.send(new DatagramPacket(junk, junk.length, new InetSocketAddress("::1", port)));
            byte[] buf = new byte[512];
            DatagramPacket in = new DatagramPacket(buf, buf.length);
            s.receive(in);
            Message m = new Message(java.util.Arrays.copyOf(buf, in.getLength()));
            assertEquals(Rcode.FORMERR, m.getRcode());
            assertEquals(0x1234, m.getHeader().getID());
        }
        try (Socket s = new Socket(InetAddress.getByName("::1"), port)) {
            s.setSoTimeout(3000);
            DataOutputStream out = new DataOutputStream(s.getOutputStream());
            out.writeShort(13);
            out.write(new byte[] {0x43, 0x21, 0x01, 0x00, 0x00, 0x01, 0, 0, 0, 0, 0, 0, (byte) 0xC0});
            out.flush();
            DataInputStream in = new DataInputStream(s.getInputStream());
            byte[] answer = new byte[in.readUnsignedShort()];
            in.readFully(answer);
            assertEquals(Rcode.FORMERR, new Message(answer).getRcode());
        }
        assertEquals(2, locate(DnsClientConfig.of("::1", port), "sip:domain1.test").size());
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://[::1]:"
                + node.managementPort() + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(metrics.contains("imstb_dns_queries_total{transport=\"udp\",rcode=\"FORMERR\"}"), metrics);
        assertTrue(metrics.contains("imstb_dns_queries_total{transport=\"tcp\",rcode=\"FORMERR\"}"), metrics);
        assertTrue(metrics.contains("imstb_dns_zones 3.0"), metrics);
    }

    @Test
    void digAgrees() {
        assumeTrue(Commands.onPath("dig"), "dig not installed (Debian package bind9-dnsutils): check skipped");
        String p = String.valueOf(port);
        Commands.Result naptr = Commands.run("dig", "@::1", "-p", p, "+short", "domain1.test", "NAPTR");
        assertEquals("10 50 \"s\" \"SIP+D2U\" \"\" _sip._udp.domain1.test.\n"
                + "20 50 \"s\" \"SIP+D2T\" \"\" _sip._tcp.domain1.test.", sorted(naptr.output()), naptr.output());
        Commands.Result srv = Commands.run("dig", "@::1", "-p", p, "+short", "_sip._udp.domain2.test", "SRV");
        assertEquals("0 10 5060 icscf.domain2.test.", srv.output().trim());
        Commands.Result aaaa = Commands.run("dig", "@::1", "-p", p, "+short", "pcscf.domain1.test", "AAAA");
        assertEquals("fd00:1::10", aaaa.output().trim());
        Commands.Result nx = Commands.run("dig", "@::1", "-p", p, "nobody.domain1.test", "AAAA");
        assertTrue(nx.output().contains("status: NXDOMAIN") && nx.output().contains("flags: qr aa"), nx.output());
        assertTrue(nx.output().contains("SOA\tns.domain1.test. hostmaster.domain1.test."), nx.output());
        Commands.Result refused = Commands.run("dig", "@::1", "-p", p, "www.example.org", "AAAA");
        assertTrue(refused.output().contains("status: REFUSED"), refused.output());
        Commands.Result enumDig = Commands.run("dig", "@::1", "-p", p, "+short", "1.0.0.1.5.5.5.1.e164.arpa", "NAPTR");
        assertEquals("100 10 \"u\" \"E2U+sip\" \"!^.*$!sip:alice@domain1.test!\" .", enumDig.output().trim());
    }

    @Test
    void kdigOverTcpAgrees() {
        assumeTrue(Commands.onPath("kdig"), "kdig not installed (Debian package knot-dnsutils): check skipped");
        String p = String.valueOf(port);
        Commands.Result srv = Commands.run("kdig", "@::1", "-p", p, "+tcp", "+short", "_sip._tcp.domain1.test", "SRV");
        assertEquals("0 10 5060 icscf.domain1.test.", srv.output().trim(), srv.output());
        Commands.Result prefix = Commands.run("kdig", "@::1", "-p", p, "+tcp", "+short",
                "3.2.1.0.0.2.5.5.5.1.e164.arpa", "NAPTR");
        assertEquals("100 10 \"u\" \"E2U+sip\" \"!^(\\\\+1555200.*)$!sip:\\\\1@domain2.test;user=phone!\" .",
                prefix.output().trim(), prefix.output());
        Commands.Result nx = Commands.run("kdig", "@::1", "-p", p, "+tcp", "nobody.domain2.test", "AAAA");
        assertTrue(nx.output().contains("status: NXDOMAIN"), nx.output());
    }

    private static String sorted(String lines) {
        return String.join("\n", lines.trim().lines().sorted().toList());
    }
}
