package org.imstb.common.dns;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * Asks one DNS server, over UDP (retried over TCP when the answer is truncated) or over TCP only. No caching: put a
 * {@link CachingSource} in front.
 */
public final class ResolverSource implements RecordSource {
    private final Resolver resolver;
    private final String describe;

    /** Queries {@code server} (an IPv6 or IPv4 address and port). */
    public ResolverSource(InetSocketAddress server, boolean tcpOnly, Duration timeout) {
        SimpleResolver r = new SimpleResolver(server);
        r.setTCP(tcpOnly);
        r.setTimeout(timeout);
        this.resolver = r;
        this.describe = (tcpOnly ? "tcp:" : "udp:") + "[" + server.getAddress().getHostAddress() + "]:"
                + server.getPort();
    }

    /** Queries through any dnsjava resolver. */
    public ResolverSource(Resolver resolver) {
        this.resolver = resolver;
        this.describe = resolver.toString();
    }

    @Override
    public DnsAnswer query(Name name, int type) {
        Message query = Message.newQuery(Record.newRecord(name, type, DClass.IN));
        Message response;
        try {
            response = resolver.send(query);
        } catch (IOException e) {
            throw new DnsLookupException("DNS " + describe + ": no answer for " + name + " " + Type.string(type)
                    + ": " + e.getMessage(), e);
        }
        return interpret(response, name, type, describe);
    }

    /** Turns a response into an answer (pure; also used by tests). */
    static DnsAnswer interpret(Message response, Name name, int type, String server) {
        int rcode = response.getRcode();
        if (rcode == Rcode.NXDOMAIN) {
            return DnsAnswer.nxDomain(negativeTtl(response));
        }
        if (rcode != Rcode.NOERROR) {
            throw new DnsLookupException("DNS " + server + ": " + Rcode.string(rcode) + " for " + name + " "
                    + Type.string(type));
        }
        List<Record> matching = new ArrayList<>();
        for (Record r : response.getSection(Section.ANSWER)) {
            if (r.getType() == type) {
                matching.add(r);
            }
        }
        return matching.isEmpty() ? DnsAnswer.noData(negativeTtl(response)) : DnsAnswer.found(matching);
    }

    /** RFC 2308 §5: the smaller of the SOA's TTL and its MINIMUM; 0 when the response carries no SOA. */
    static long negativeTtl(Message response) {
        for (Record r : response.getSection(Section.AUTHORITY)) {
            if (r instanceof SOARecord soa) {
                return Math.min(soa.getTTL(), soa.getMinimum());
            }
        }
        return 0;
    }

    @Override
    public String toString() {
        return describe;
    }
}
