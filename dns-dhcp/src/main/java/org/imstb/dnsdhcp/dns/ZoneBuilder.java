package org.imstb.dnsdhcp.dns;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imstb.common.dns.EnumResolver;
import org.imstb.common.dns.SipTransport;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Master;
import org.xbill.DNS.NAPTRRecord;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;
import org.xbill.DNS.Zone;

/**
 * Builds the zones of a {@link DnsConfig}. For each domain D with entry point E (port P):
 * <pre>
 * D.             SOA   ns hostmaster.D. 1 3600 600 86400 negativeTtl
 * D.             NS    ns (default ns.D.)
 * D.             NAPTR 10 50 "s" "SIP+D2U" "" _sip._udp.D.
 * D.             NAPTR 20 50 "s" "SIP+D2T" "" _sip._tcp.D.
 * _sip._udp.D.   SRV   0 10 P E.
 * _sip._tcp.D.   SRV   0 10 P E.
 * host.D.        AAAA  address           (every host)
 * </pre>
 * then the domain's extra records. The ENUM zone gets one NAPTR {@code 100 10 "u" "E2U+sip"} per number (a wildcard
 * {@code *.<prefix digits reversed>} per prefix). Top-level extra records go to the zone holding their name. Pure:
 * every problem is a {@link ZoneException} naming the field.
 */
public final class ZoneBuilder {
    static final long SERIAL = 1;
    private static final int NAPTR_PREFERENCE = 50;
    private static final int SRV_WEIGHT = 10;

    private final DnsConfig config;
    private final Map<Name, List<Record>> byZone = new LinkedHashMap<>();

    private ZoneBuilder(DnsConfig config) {
        this.config = config;
    }

    /** The zones of {@code config}. */
    public static ZoneSet build(DnsConfig config) {
        return new ZoneBuilder(config).run();
    }

    private ZoneSet run() {
        List<DnsConfig.DomainConfig> domains = config.domains();
        for (int i = 0; i < domains.size(); i++) {
            String at = "domains[" + i + "]";
            if (domains.get(i) != null) {
                domain(domains.get(i), at);
            }
        }
        if (config.enumZone() != null) {
            enumZone(config.enumZone());
        }
        for (int i = 0; i < config.records().size(); i++) {
            String at = "records[" + i + "]";
            Record r = parse(config.records().get(i), Name.root, at);
            Name zone = zoneOf(r.getName());
            if (zone == null) {
                throw new ZoneException(at, "record '" + config.records().get(i) + "' is outside every zone ("
                        + String.join(", ", byZone.keySet().stream().map(Name::toString).toList()) + ")");
            }
            add(zone, r, at);
        }
        nameServerAddresses();
        for (int i = 0; i < domains.size(); i++) {
            if (domains.get(i) != null && domains.get(i).entryPoint() != null) {
                checkEntryPointAddress(domains.get(i), "domains[" + i + "].entryPoint.host");
            }
        }
        List<Zone> zones = new ArrayList<>();
        for (Map.Entry<Name, List<Record>> e : byZone.entrySet()) {
            try {
                zones.add(new Zone(e.getKey(), e.getValue().toArray(new Record[0])));
            } catch (IOException | RuntimeException ex) {
                throw new ZoneException("", "zone " + e.getKey() + ": " + ex.getMessage(), ex);
            }
        }
        return new ZoneSet(zones);
    }

    private void domain(DnsConfig.DomainConfig d, String at) {
        Name origin = name(d.name(), at + ".name");
        startZone(origin, at + ".name");
        long ttl = config.ttl();
        if (d.entryPoint() != null) {
            DnsConfig.EntryPointConfig ep = d.entryPoint();
            Name target = host(ep.host(), origin, at + ".entryPoint.host");
            int order = 10;
            for (String t : ep.transports()) {
                SipTransport transport = SipTransport.ofUriParameter(t, false);
                Name srv = child(transport.srvPrefix(), origin, at + ".entryPoint");
                int port = transport == SipTransport.TLS ? ep.tlsPort() : ep.port();
                add(origin, new NAPTRRecord(origin, DClass.IN, ttl, order, NAPTR_PREFERENCE, "s",
                        transport.naptrService(), "", srv), at + ".entryPoint");
                add(origin, new SRVRecord(srv, DClass.IN, ttl, 0, SRV_WEIGHT, port, target), at + ".entryPoint");
                order += 10;
            }
        }
        d.hosts().forEach((host, address) -> {
            String field = at + ".hosts." + host;
            add(origin, new AAAARecord(host(host, origin, field), DClass.IN, ttl, Names.ipv6(address)), field);
        });
        for (int i = 0; i < d.records().size(); i++) {
            String field = at + ".records[" + i + "]";
            Record r = parse(d.records().get(i), origin, field);
            if (!r.getName().subdomain(origin)) {
                throw new ZoneException(field, "record '" + d.records().get(i) + "' is outside " + origin);
            }
            add(zoneOf(r.getName()), r, field);
        }
    }

    private void enumZone(DnsConfig.EnumConfig e) {
        Name origin = name(e.zone(), "enum.zone");
        startZone(origin, "enum.zone");
        for (int i = 0; i < e.entries().size(); i++) {
            DnsConfig.EnumEntry entry = e.entries().get(i);
            String field = "enum.entries[" + i + "]";
            String regexp;
            Name owner;
            if (entry.number() != null) {
                owner = EnumResolver.domainFor(EnumResolver.e164(entry.number()), e.zone());
                regexp = entry.uri().contains("{number}") ? "!^(.*)$!" + entry.uri().replace("{number}", "\\1") + "!"
                        : "!^.*$!" + entry.uri() + "!";
            } else {
                String prefix = EnumResolver.e164(entry.prefix());
                owner = child("*", EnumResolver.domainFor(prefix, e.zone()), field);
                regexp = "!^(\\" + prefix + ".*)$!" + entry.uri().replace("{number}", "\\1") + "!";
            }
            add(origin, new NAPTRRecord(owner, DClass.IN, config.ttl(), 100, 10, "u", "E2U+sip",
                    Names.characterString(regexp), Name.root), field);
        }
    }

    private void startZone(Name origin, String field) {
        if (byZone.containsKey(origin)) {
            throw new ZoneException(field, "zone " + origin + " is defined twice");
        }
        Name ns = config.nameServer().name() != null ? name(config.nameServer().name(), "nameServer.name")
                : child("ns", origin, field);
        Name admin = child("hostmaster", origin, field);
        List<Record> records = new ArrayList<>();
        records.add(new SOARecord(origin, DClass.IN, config.ttl(), ns, admin, SERIAL, 3600, 600, 86400,
                config.negativeTtl()));
        records.add(new NSRecord(origin, DClass.IN, config.ttl(), ns));
        byZone.put(origin, records);
    }

    /** AAAA for the name server in the zone holding its name, unless that name has one already. */
    private void nameServerAddresses() {
        String address = config.nameServer().address();
        if (address == null) {
            return;
        }
        for (Name origin : new ArrayList<>(byZone.keySet())) {
            Name ns = config.nameServer().name() != null ? name(config.nameServer().name(), "nameServer.name")
                    : child("ns", origin, "nameServer");
            Name zone = zoneOf(ns);
            if (zone != null && !hasAddress(zone, ns)) {
                add(zone, new AAAARecord(ns, DClass.IN, config.ttl(), Names.ipv6(address)), "nameServer.address");
            }
        }
    }

    private void checkEntryPointAddress(DnsConfig.DomainConfig d, String field) {
        Name origin = name(d.name(), field);
        Name target = host(d.entryPoint().host(), origin, field);
        Name zone = zoneOf(target);
        if (zone != null && !hasAddress(zone, target)) {
            throw new ZoneException(field, "entry point " + target + " has no AAAA record: add '"
                    + d.entryPoint().host() + "' to the hosts of the domain holding it");
        }
    }

    private boolean hasAddress(Name zone, Name host) {
        for (Record r : byZone.get(zone)) {
            if (r.getName().equals(host) && (r.getType() == Type.AAAA || r.getType() == Type.CNAME)) {
                return true;
            }
        }
        return false;
    }

    /** The longest zone origin holding {@code n}, or null. */
    private Name zoneOf(Name n) {
        Name best = null;
        for (Name origin : byZone.keySet()) {
            if (n.subdomain(origin) && (best == null || origin.labels() > best.labels())) {
                best = origin;
            }
        }
        return best;
    }

    private void add(Name zone, Record r, String field) {
        if (r.getType() == Type.SOA) {
            throw new ZoneException(field, "SOA records are generated; remove '" + r + "'");
        }
        byZone.get(zone).add(r);
    }

    /** One record in zone-file syntax ({@code name [ttl] [class] type rdata}); names relative to {@code origin}. */
    private Record parse(String text, Name origin, String field) {
        if (text == null || text.isBlank()) {
            throw new ZoneException(field, "empty record");
        }
        try (Master m = new Master(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), origin,
                config.ttl())) {
            m.disableIncludes();
            Record r = m.nextRecord();
            if (r == null) {
                throw new ZoneException(field, "record '" + text + "' holds no record");
            }
            if (m.nextRecord() != null) {
                throw new ZoneException(field, "record '" + text + "' holds more than one record");
            }
            if (r.getDClass() != DClass.IN) {
                throw new ZoneException(field, "record '" + text + "' is not of class IN");
            }
            return r;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ZoneException z) {
                throw z;
            }
            throw new ZoneException(field, "bad record '" + text + "': " + e.getMessage(), e);
        }
    }

    private static Name name(String text, String field) {
        try {
            return Names.absolute(text);
        } catch (IllegalArgumentException e) {
            throw new ZoneException(field, e.getMessage(), e);
        }
    }

    private static Name host(String text, Name origin, String field) {
        try {
            return Names.inDomain(text, origin);
        } catch (IllegalArgumentException e) {
            throw new ZoneException(field, e.getMessage(), e);
        }
    }

    private static Name child(String label, Name origin, String field) {
        try {
            return Name.fromString(label, origin);
        } catch (TextParseException e) {
            throw new ZoneException(field, e.getMessage(), e);
        }
    }
}
