package org.imstb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imstb.common.dns.DnsClientConfig;
import org.imstb.common.sip.SipConfig;
import org.imstb.common.sip.SipPorts;
import org.imstb.common.trace.MessageObserver;
import org.imstb.topology.demo.CoreLab;
import org.imstb.topology.process.NodeProcess;
import org.imstb.ue.Credentials;
import org.imstb.ue.RegistrationResult;
import org.imstb.ue.Ue;
import org.imstb.ue.UeConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Registration with the CSCFs locating their next hops through the DNS node (RFC 3263, TS 24.229 §5.2.2): the
 * P-CSCF knows only the home domain {@code sip:domain1.test} and finds the I-CSCF by NAPTR → SRV → AAAA; the I-CSCF
 * finds the S-CSCF named by the HSS by AAAA. The lab's hosts file has no entry for the bare domain, so the
 * registration cannot succeed if DNS is bypassed.
 */
class DnsRoutedRegistrationIT {
    @TempDir
    static Path dir;
    static CoreLab lab;
    static NodeProcess dns;

    @BeforeAll
    static void start() throws Exception {
        int dnsPort = SipPorts.free("::1");
        lab = CoreLab.start(dir, List.of("-Xmx192m"), CoreLab.Overrides.NONE, DnsClientConfig.of("::1", dnsPort));
        Path config = dir.resolve("dns.yaml");
        Files.writeString(config, """
                dns:
                  management: {address: "::1", port: 0}
                  listen: {address: "::1", port: %d}
                  ttl: 60
                  domains:
                    - name: domain1.test
                      entryPoint: {host: icscf, port: %d, transports: [udp, tcp]}
                      hosts: {pcscf: "::1", icscf: "::1", scscf: "::1", hss: "::1"}
                """.formatted(dnsPort, lab.icscfPort()), StandardCharsets.UTF_8);
        dns = NodeProcess.start("dns", "dns", config, List.of("-Xmx96m"));
        dns.awaitReady(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (dns != null) {
            dns.close();
        }
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void theBareDomainIsNotInTheLabsHostsFile() throws Exception {
        String hosts = Files.readString(dir.resolve("hosts"));
        assertFalse(Pattern.compile("(?m)\\sdomain1\\.test(\\s|$)").matcher(hosts).find(), hosts);
        assertTrue(Files.readString(dir.resolve("pcscf1.yaml")).contains("icscf: \"sip:domain1.test\""));
        // the test JVM's hosts file (test-hosts) has no entry either: the system resolver cannot find it
        assertThrows(UnknownHostException.class, () -> InetAddress.getByName("domain1.test"));
    }

    @Test
    void registrationReachesTheIcscfAndScscfThroughDns() throws Exception {
        long naptr = answers("NAPTR");
        long srv = answers("SRV");
        long aaaa = answers("AAAA");
        try (Ue bob = Ue.start(new UeConfig("sip:bob@domain1.test", null, lab.pcscfUri(),
                new SipConfig(null, "::1", 0, null, 2), 8000), Credentials.password("bob-secret"),
                MessageObserver.NONE)) {
            RegistrationResult r = bob.register(600);
            assertEquals(200, r.status(), r.reason());
            assertTrue(r.serviceRoute().get(0).contains("scscf.domain1.test:" + lab.scscfPort()),
                    r.serviceRoute().toString());
            assertEquals(200, bob.deregister().status());
        }
        String metrics = dns.get("/metrics");
        assertTrue(answers("NAPTR") > naptr, "no NAPTR answered for domain1.test:\n" + metrics);
        assertTrue(answers("SRV") > srv, "no SRV answered for domain1.test:\n" + metrics);
        assertTrue(answers("AAAA") > aaaa, "no AAAA answered for domain1.test:\n" + metrics);
    }

    /** {@code imstb_dns_answers_total{zone="domain1.test",type=TYPE}} from the DNS node's /metrics. */
    static long answers(String type) throws Exception {
        Matcher m = Pattern.compile("(?m)^imstb_dns_answers_total\\{(?=[^}]*zone=\"domain1\\.test\")(?=[^}]*type=\""
                + type + "\")[^}]*\\}\\s+([0-9.eE+]+)$").matcher(dns.get("/metrics"));
        return m.find() ? (long) Double.parseDouble(m.group(1)) : 0;
    }
}
