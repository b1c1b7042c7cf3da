package org.imstb.ue;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;

import org.imstb.common.dns.DnsClientConfig;
import org.imstb.common.sip.SipConfig;
import org.imstb.dnsdhcp.dhcp.client.Dhcpv6Client;
import org.imstb.dnsdhcp.dhcp.client.Dhcpv6Info;

/**
 * What a UE learns by DHCPv6 (TS 24.229 §9.2.1, RFC 3319, RFC 3646): its P-CSCF and its DNS server.
 *
 * <p>The P-CSCF is the first SIP server domain name of option 21 as {@code sip:NAME} (no port: with a DNS server the
 * UE locates it by RFC 3263, NAPTR → SRV → AAAA, else the system resolver and port 5060), else the first address of
 * option 22 as {@code sip:[ADDRESS]} (port 5060). The DNS server is the first address of option 23 on port 53.
 *
 * @param pcscf the P-CSCF's SIP URI, or null when the server sent neither option 21 nor 22
 * @param dns   the DNS server, or null when the server sent no option 23
 */
public record Discovery(String pcscf, DnsClientConfig dns) {
    /** Maps a DHCPv6 Reply's options to a P-CSCF URI and DNS client. */
    public static Discovery from(Dhcpv6Info info) {
        String pcscf = null;
        if (!info.sipServerNames().isEmpty()) {
            String name = info.sipServerNames().get(0);
            pcscf = "sip:" + (name.endsWith(".") ? name.substring(0, name.length() - 1) : name);
        } else if (!info.sipServerAddresses().isEmpty()) {
            pcscf = "sip:[" + literal(info.sipServerAddresses().get(0)) + "]";
        }
        DnsClientConfig dns = info.dnsServers().isEmpty() ? null
                : DnsClientConfig.of(literal(info.dnsServers().get(0)), 53);
        return new Discovery(pcscf, dns);
    }

    /** Asks the DHCPv6 servers on {@code interfaceName} (Information-Request from port 546; root or a capability). */
    public static Discovery discover(String interfaceName, Duration timeout) throws IOException {
        return discover(Dhcpv6Client.onInterface(interfaceName), timeout);
    }

    /** Asks with {@code client} (e.g. {@link Dhcpv6Client#toServer} by unicast). */
    public static Discovery discover(Dhcpv6Client client, Duration timeout) throws IOException {
        return from(client.informationRequest(timeout));
    }

    /**
     * {@code config} with what it lacks filled in: the P-CSCF when it has none, the SIP endpoint's DNS client when it
     * has none and one was discovered.
     *
     * @throws IllegalStateException when the UE has no P-CSCF and none was discovered
     */
    public UeConfig applyTo(UeConfig config) {
        String p = config.pcscf() != null ? config.pcscf() : pcscf;
        if (p == null) {
            throw new IllegalStateException("no P-CSCF for " + config.impu()
                    + ": the DHCPv6 server sent neither option 21 nor option 22");
        }
        SipConfig s = config.sip();
        if (s.dns() == null && dns != null) {
            s = new SipConfig(s.host(), s.address(), s.port(), s.transports(), s.threads(), dns);
        }
        return new UeConfig(config.impu(), config.impi(), p, s, config.timeoutMs());
    }

    /**
     * An IPv6 address in RFC 5952 text form ({@code fd00:3::53}: lower case, longest run of two or more zero groups
     * as {@code ::}), without a scope id (the P-CSCF and DNS here are global addresses).
     */
    static String literal(InetAddress a) {
        byte[] b = a.getAddress();
        if (b.length != 16) {
            return a.getHostAddress();
        }
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = (b[2 * i] & 0xff) << 8 | b[2 * i + 1] & 0xff;
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = Math.max(i, j);
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                s.append("::");
                i += bestLen - 1;
                continue;
            }
            if (s.length() > 0 && s.charAt(s.length() - 1) != ':') {
                s.append(':');
            }
            s.append(Integer.toHexString(g[i]));
        }
        return s.toString();
    }
}
