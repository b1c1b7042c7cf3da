package org.imstb.dnsdhcp.dns;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imstb.common.config.FieldErrors;
import org.imstb.common.config.Validatable;
import org.imstb.common.node.ManagementConfig;
import org.imstb.common.node.NodeConfig;
import org.imstb.common.node.TraceConfig;

/**
 * The DNS node's configuration (one YAML file, the node name as top-level key). Every key is documented in
 * docs/dns-dhcp.md. Validation builds the zones, so a bad domain, host or record is reported with its file, line and
 * field before the node starts.
 *
 * @param management  the management endpoint
 * @param trace       accepted for uniformity; DNS messages are not traced (the trace format knows SIP and Diameter)
 * @param listen      where to serve UDP and TCP
 * @param ttl         TTL of every generated record; default 300
 * @param negativeTtl SOA MINIMUM, the TTL of NXDOMAIN and no-data answers (RFC 2308); default 30
 * @param nameServer  the name server named in SOA and NS records
 * @param domains     the operator domains
 * @param enumZone    the optional ENUM zone (YAML key {@code enum})
 * @param records     extra records in zone-file syntax with absolute names, each placed in the zone it belongs to
 */
public record DnsConfig(ManagementConfig management, TraceConfig trace, ListenConfig listen, Integer ttl,
        Integer negativeTtl, NameServerConfig nameServer, List<DomainConfig> domains,
        @JsonProperty("enum") EnumConfig enumZone, List<String> records) implements NodeConfig, Validatable {
    public DnsConfig {
        management = management == null ? ManagementConfig.defaults() : management;
        trace = trace == null ? new TraceConfig(false, null) : trace;
        listen = listen == null ? new ListenConfig(null, null) : listen;
        ttl = ttl == null ? 300 : ttl;
        negativeTtl = negativeTtl == null ? 30 : negativeTtl;
        nameServer = nameServer == null ? new NameServerConfig(null, null) : nameServer;
        domains = domains == null ? List.of() : List.copyOf(domains);
        records = records == null ? List.of() : List.copyOf(records);
    }

    @Override
    public void validate(FieldErrors at) {
        at.nested(management, "management");
        at.nested(trace, "trace");
        at.nested(listen, "listen");
        at.require(ttl >= 0, "ttl", "must be 0 or more");
        at.require(negativeTtl >= 0, "negativeTtl", "must be 0 or more");
        at.require(!domains.isEmpty() || enumZone != null, "domains",
                "at least one domain (or an enum zone) is needed");
        at.nested(nameServer, "nameServer");
        at.nested(domains, "domains");
        at.nested(enumZone, "enum");
        try {
            ZoneBuilder.build(this);
        } catch (ZoneException e) {
            at.fail(e.field(), e.getMessage());
        }
    }

    /**
     * Where the server listens, UDP and TCP on the same port.
     *
     * @param address listen address; default {@code ::} (all)
     * @param port    port; default 53 (0 picks a free one)
     */
    public record ListenConfig(String address, Integer port) implements Validatable {
        public ListenConfig {
            address = address == null ? "::" : address;
            port = port == null ? 53 : port;
        }

        @Override
        public void validate(FieldErrors at) {
            at.requireText(address, "address");
            at.requirePort(port, "port");
        }
    }

    /**
     * The name server of every zone.
     *
     * @param name    its host name; default {@code ns.<zone>} in each zone
     * @param address its IPv6 address; when given, an AAAA record for the name is added to the zone holding it
     */
    public record NameServerConfig(String name, String address) implements Validatable {
        @Override
        public void validate(FieldErrors at) {
            if (address != null) {
                at.require(Names.isIpv6(address), "address", "must be an IPv6 address, got " + address);
            }
        }
    }

    /**
     * One operator domain and its zone.
     *
     * @param name       the domain, e.g. {@code domain1.test}
     * @param entryPoint the SIP entry point (the I-CSCF) that NAPTR/SRV lead to; none: no SIP records
     * @param hosts      host name (a label in the domain, or a name inside it) to IPv6 address
     * @param records    extra records in zone-file syntax, names relative to the domain
     */
    public record DomainConfig(String name, EntryPointConfig entryPoint, Map<String, String> hosts,
            List<String> records) implements Validatable {
        public DomainConfig {
            hosts = hosts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(hosts));
            records = records == null ? List.of() : List.copyOf(records);
        }

        @Override
        public void validate(FieldErrors at) {
            at.requireText(name, "name");
            at.nested(entryPoint, "entryPoint");
            hosts.forEach((host, address) -> {
                at.require(address != null && Names.isIpv6(address), "hosts." + host,
                        "must be an IPv6 address, got " + address);
            });
        }
    }

    /**
     * The SIP entry point of a domain.
     *
     * @param host       the I-CSCF's host name (a label in the domain or a full name); default {@code icscf}
     * @param port       its SIP port for UDP and TCP; default 5060
     * @param tlsPort    its SIPS port when {@code tls} is among the transports; default 5061
     * @param transports NAPTR/SRV pairs to publish, in NAPTR order: {@code udp}, {@code tcp}, {@code tls}; default
     *                   udp, tcp
     */
    public record EntryPointConfig(String host, Integer port, Integer tlsPort, List<String> transports)
            implements Validatable {
        public EntryPointConfig {
            host = host == null ? "icscf" : host;
            port = port == null ? 5060 : port;
            tlsPort = tlsPort == null ? 5061 : tlsPort;
            transports = transports == null ? List.of("udp", "tcp") : List.copyOf(transports);
        }

        @Override
        public void validate(FieldErrors at) {
            at.requireText(host, "host");
            at.require(port >= 1 && port <= 65535, "port", "must be a port 1..65535, got " + port);
            at.require(tlsPort >= 1 && tlsPort <= 65535, "tlsPort", "must be a port 1..65535, got " + tlsPort);
            at.require(!transports.isEmpty(), "transports", "at least one transport");
            at.requireAll(transports, "transports", t -> t != null && t.matches("udp|tcp|tls"),
                    "must be udp, tcp or tls");
            at.require(transports.stream().distinct().count() == transports.size(), "transports",
                    "lists a transport twice");
        }
    }

    /**
     * The ENUM zone (RFC 6116).
     *
     * @param zone    its origin; default {@code e164.arpa}
     * @param entries numbers and prefixes with the SIP URI they map to
     */
    public record EnumConfig(String zone, List<EnumEntry> entries) implements Validatable {
        public EnumConfig {
            zone = zone == null ? "e164.arpa" : zone;
            entries = entries == null ? List.of() : List.copyOf(entries);
        }

        @Override
        public void validate(FieldErrors at) {
            at.requireText(zone, "zone");
            at.nested(entries, "entries");
        }
    }

    /**
     * One ENUM mapping: a whole number or every number starting with a prefix.
     *
     * @param number E.164 number with {@code +} (visual separators allowed), or
     * @param prefix E.164 prefix with {@code +}: a wildcard record covers every longer number
     * @param uri    the SIP URI; {@code {number}} in it stands for the whole number asked (e.g.
     *               {@code sip:{number}@domain2.test;user=phone})
     */
    public record EnumEntry(String number, String prefix, String uri) implements Validatable {
        @Override
        public void validate(FieldErrors at) {
            at.require((number == null) != (prefix == null), number == null ? "number" : "prefix",
                    "give exactly one of number and prefix");
            String n = number != null ? number : prefix;
            String field = number != null ? "number" : "prefix";
            at.require(Names.isE164(n), field, "must be an E.164 number starting with +, got " + n);
            at.requireText(uri, "uri");
            at.require(uri.startsWith("sip:") || uri.startsWith("sips:"), "uri",
                    "must be a sip: or sips: URI, got " + uri);
            at.require(uri.indexOf('!') < 0 && uri.indexOf('\\') < 0 && uri.indexOf('"') < 0, "uri",
                    "must not contain '!', '\\' or '\"'");
        }
    }
}
