package org.imstb.dnsdhcp.dhcp;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigInteger;
import java.util.List;
import org.imstb.common.config.FieldErrors;
import org.imstb.common.config.Validatable;
import org.imstb.common.node.ManagementConfig;
import org.imstb.common.node.NodeConfig;
import org.imstb.common.node.TraceConfig;
import org.imstb.dnsdhcp.dhcp.codec.Duid;
import org.imstb.dnsdhcp.dhcp.codec.Options;

/**
 * The DHCPv6 node's configuration (one YAML file, the node name as top-level key); every key is documented in
 * docs/dns-dhcp.md.
 *
 * @param management  the management endpoint
 * @param trace       accepted for uniformity; DHCPv6 messages are not traced (the trace format knows SIP and
 *                    Diameter)
 * @param listen      where to listen
 * @param duid        the server DUID in hex; default a DUID-LL derived from the node name
 * @param preference  Preference option value in Advertise, 0..255; default 255 (clients take it at once)
 * @param rapidCommit answer a Solicit carrying Rapid Commit with a Reply (two-message exchange); default true
 * @param sipServers  RFC 3319 options 21 and 22
 * @param dns         RFC 3646 options 23 and 24
 * @param pool        addresses for IA_NA; none: stateful requests get NoAddrsAvail
 */
public record DhcpConfig(ManagementConfig management, TraceConfig trace, ListenConfig listen, String duid,
        Integer preference, Boolean rapidCommit, SipServersConfig sipServers, DnsServersConfig dns, PoolConfig pool)
        implements NodeConfig, Validatable {
    public DhcpConfig {
        management = management == null ? ManagementConfig.defaults() : management;
        trace = trace == null ? new TraceConfig(false, null) : trace;
        listen = listen == null ? new ListenConfig(null, null, null) : listen;
        preference = preference == null ? 255 : preference;
        rapidCommit = rapidCommit == null || rapidCommit;
        sipServers = sipServers == null ? new SipServersConfig(null, null) : sipServers;
        dns = dns == null ? new DnsServersConfig(null, null) : dns;
    }

    @Override
    public void validate(FieldErrors at) {
        at.nested(management, "management");
        at.nested(trace, "trace");
        at.nested(listen, "listen");
        if (duid != null) {
            try {
                at.require(Duid.parseHex(duid).length >= 4 && Duid.parseHex(duid).length <= 130, "duid",
                        "must be 4..130 octets");
            } catch (IllegalArgumentException e) {
                at.fail("duid", "must be hex octets, got " + duid);
            }
        }
        at.require(preference >= 0 && preference <= 255, "preference", "must be 0..255, got " + preference);
        at.nested(sipServers, "sipServers");
        at.nested(dns, "dns");
        at.nested(pool, "pool");
    }

    static boolean isIpv6(String s) {
        try {
            Options.ipv6(s);
            return s.indexOf(':') >= 0;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    static boolean isDomainName(String s) {
        return s != null && s.matches("([A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?\\.)*"
                + "[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?\\.?") && s.length() <= 253;
    }

    /**
     * Where the server listens.
     *
     * @param iface   the link (interface name; YAML key {@code interface}) whose ff02::1:2 the server joins; none:
     *                unicast only
     * @param address bind address; default {@code ::} (needed to receive multicast)
     * @param port    UDP port; default 547 (0 picks a free one, for tests)
     */
    public record ListenConfig(@JsonProperty("interface") String iface, String address, Integer port)
            implements Validatable {
        public ListenConfig {
            address = address == null ? "::" : address;
            port = port == null ? 547 : port;
        }

        @Override
        public void validate(FieldErrors at) {
            at.requireText(address, "address");
            at.requirePort(port, "port");
            if (iface != null) {
                at.requireText(iface, "interface");
            }
        }
    }

    /**
     * RFC 3319 SIP servers: the P-CSCF.
     *
     * @param names     option 21, domain names (e.g. {@code pcscf.domain1.test})
     * @param addresses option 22, IPv6 addresses
     */
    public record SipServersConfig(List<String> names, List<String> addresses) implements Validatable {
        public SipServersConfig {
            names = names == null ? List.of() : List.copyOf(names);
            addresses = addresses == null ? List.of() : List.copyOf(addresses);
        }

        @Override
        public void validate(FieldErrors at) {
            at.requireAll(names, "names", DhcpConfig::isDomainName, "must be a domain name");
            at.requireAll(addresses, "addresses", DhcpConfig::isIpv6, "must be an IPv6 address");
        }
    }

    /**
     * RFC 3646 DNS configuration.
     *
     * @param servers    option 23, recursive name servers' IPv6 addresses
     * @param searchList option 24, domain search list
     */
    public record DnsServersConfig(List<String> servers, List<String> searchList) implements Validatable {
        public DnsServersConfig {
            servers = servers == null ? List.of() : List.copyOf(servers);
            searchList = searchList == null ? List.of() : List.copyOf(searchList);
        }

        @Override
        public void validate(FieldErrors at) {
            at.requireAll(servers, "servers", DhcpConfig::isIpv6, "must be an IPv6 address");
            at.requireAll(searchList, "searchList", DhcpConfig::isDomainName, "must be a domain name");
        }
    }

    /**
     * The IA_NA address pool.
     *
     * @param start             first address
     * @param end               last address (inclusive)
     * @param preferredLifetime seconds; default 3600 (T1 is half of it, T2 0.8 of it)
     * @param validLifetime     seconds; default 7200
     */
    public record PoolConfig(String start, String end, Integer preferredLifetime, Integer validLifetime)
            implements Validatable {
        public PoolConfig {
            preferredLifetime = preferredLifetime == null ? 3600 : preferredLifetime;
            validLifetime = validLifetime == null ? 7200 : validLifetime;
        }

        @Override
        public void validate(FieldErrors at) {
            at.require(isIpv6(start), "start", "must be an IPv6 address, got " + start);
            at.require(isIpv6(end), "end", "must be an IPv6 address, got " + end);
            at.require(new BigInteger(1, Options.ipv6(start).getAddress()).compareTo(
                    new BigInteger(1, Options.ipv6(end).getAddress())) <= 0, "end", "must not be below start");
            at.require(preferredLifetime >= 1, "preferredLifetime", "must be positive");
            at.require(validLifetime >= preferredLifetime, "validLifetime", "must be at least preferredLifetime");
        }
    }
}
