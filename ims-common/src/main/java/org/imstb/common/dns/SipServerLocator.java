package org.imstb.common.dns;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.NAPTRRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Locates SIP servers as RFC 3263 §4 says, returning the targets to try in order:
 * <ol>
 * <li>a numeric host: that address, the URI's port or the transport's default (5060, 5061 for TLS);</li>
 * <li>a host name with an explicit port: AAAA of the host, that port;</li>
 * <li>a transport parameter without a port: SRV for that transport ({@code _sip._udp}, {@code _sip._tcp},
 * {@code _sips._tcp}), else AAAA with the default port;</li>
 * <li>otherwise NAPTR of the host: the {@code SIP+D2U}, {@code SIP+D2T}, {@code SIPS+D2T} records of supported
 * transports in order/preference, each followed to its SRV records (RFC 2782 order) and their AAAA records;</li>
 * <li>no usable NAPTR: SRV for each supported transport in turn (UDP, TCP, TLS);</li>
 * <li>no SRV: AAAA of the host with UDP (TLS for sips) and the default port.</li>
 * </ol>
 * The first target is RFC 3263's choice, the others are the fail-over order. A sips URI only yields TLS targets.
 * The testbed is IPv6 only: only AAAA records are used. Thread-safe; cache through the {@link RecordSource}.
 */
public final class SipServerLocator {
    private static final Logger LOG = LoggerFactory.getLogger(SipServerLocator.class);

    private final RecordSource source;
    private final Set<SipTransport> supported;
    private final Random random;

    /** Over {@code source}, supporting UDP and TCP. */
    public SipServerLocator(RecordSource source) {
        this(source, EnumSet.of(SipTransport.UDP, SipTransport.TCP), new Random());
    }

    /** Over {@code source}, supporting {@code supported}, SRV weights drawn from {@code random}. */
    public SipServerLocator(RecordSource source, Set<SipTransport> supported, Random random) {
        this.source = source;
        this.supported = supported.isEmpty() ? EnumSet.noneOf(SipTransport.class) : EnumSet.copyOf(supported);
        this.random = random;
    }

    /** A locator asking the configured DNS server through a TTL cache, supporting UDP and TCP. */
    public static SipServerLocator create(DnsClientConfig config) {
        return new SipServerLocator(config.newSource());
    }

    /** The record source (for an {@link EnumResolver} sharing the cache). */
    public RecordSource source() {
        return source;
    }

    /** {@link #locate(SipDestination)} of a {@code sip:} / {@code sips:} URI string. */
    public List<SipTarget> locate(String sipUri) {
        return locate(SipDestination.parse(sipUri));
    }

    /**
     * The targets for {@code d}, best first; empty when DNS has nothing usable.
     *
     * @throws DnsLookupException    when the DNS server cannot be asked
     * @throws IllegalArgumentException for an IPv4 literal or a host that is not a domain name
     */
    public List<SipTarget> locate(SipDestination d) {
        Set<SipTarget> out = new LinkedHashSet<>();
        SipTransport fallback = d.secure() ? SipTransport.TLS : SipTransport.UDP;
        if (d.numericHost()) {
            SipTransport t = d.transport() != null ? d.transport() : fallback;
            out.add(new SipTarget(t, d.host(), literal(d.host()), d.port() != null ? d.port() : t.defaultPort()));
        } else if (d.port() != null) {
            addAddresses(out, d.transport() != null ? d.transport() : fallback, d.host(), d.port());
        } else if (d.transport() != null) {
            if (!addSrv(out, d.transport(), srvName(d.transport(), d.host()))) {
                addAddresses(out, d.transport(), d.host(), d.transport().defaultPort());
            }
        } else {
            locateByNaptr(out, d);
        }
        LOG.debug("RFC 3263 {}: {}", d, out);
        return new ArrayList<>(out);
    }

    private void locateByNaptr(Set<SipTarget> out, SipDestination d) {
        Set<SipTransport> allowed = EnumSet.noneOf(SipTransport.class);
        if (d.secure()) {
            allowed.add(SipTransport.TLS);
        } else {
            allowed.addAll(supported);
        }
        DnsAnswer naptr = source.query(name(d.host()), Type.NAPTR);
        List<NAPTRRecord> records = new ArrayList<>();
        for (Record r : naptr.records()) {
            records.add((NAPTRRecord) r);
        }
        List<NaptrSelection.Choice> choices = NaptrSelection.select(records, allowed);
        if (!choices.isEmpty()) {
            for (NaptrSelection.Choice c : choices) {
                addSrv(out, c.transport(), c.record().getReplacement());
            }
            if (!out.isEmpty()) {
                return;
            }
        }
        boolean anySrv = false;
        for (SipTransport t : allowed) {
            anySrv |= addSrv(out, t, srvName(t, d.host()));
        }
        if (!anySrv) {
            SipTransport t = d.secure() ? SipTransport.TLS : SipTransport.UDP;
            addAddresses(out, t, d.host(), t.defaultPort());
        }
    }

    /** Adds the targets of the SRV records at {@code srv}; false when there are none. */
    private boolean addSrv(Set<SipTarget> out, SipTransport transport, Name srv) {
        DnsAnswer answer = source.query(srv, Type.SRV);
        if (!answer.found()) {
            return false;
        }
        List<SRVRecord> records = new ArrayList<>();
        for (Record r : answer.records()) {
            records.add((SRVRecord) r);
        }
        for (SRVRecord r : SrvOrder.order(records, random)) {
            addAddresses(out, transport, hostOf(r.getTarget()), r.getPort());
        }
        return true;
    }

    private void addAddresses(Set<SipTarget> out, SipTransport transport, String host, int port) {
        for (Inet6Address a : addresses(host)) {
            out.add(new SipTarget(transport, host, a, port));
        }
    }

    /** The IPv6 addresses (AAAA records) of {@code host}; empty when it has none. */
    public List<Inet6Address> addresses(String host) {
        List<Inet6Address> out = new ArrayList<>();
        for (Record r : source.query(name(host), Type.AAAA).records()) {
            if (((AAAARecord) r).getAddress() instanceof Inet6Address a) {
                out.add(a);
            }
        }
        return out;
    }

    static Name srvName(SipTransport t, String host) {
        return name(t.srvPrefix() + "." + host);
    }

    static Name name(String host) {
        try {
            return Name.fromString(host.endsWith(".") ? host : host + ".");
        } catch (TextParseException e) {
            throw new IllegalArgumentException("not a domain name: " + host, e);
        }
    }

    static String hostOf(Name name) {
        String s = name.toString();
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static Inet6Address literal(String host) {
        try {
            if (InetAddress.getByName(host) instanceof Inet6Address a) {
                return a;
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address literal: " + host, e);
        }
        throw new IllegalArgumentException("the testbed is IPv6 only; IPv4 literal " + host + " cannot be used");
    }
}
