package org.imstb.dnsdhcp.dns;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.imstb.common.node.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Header;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.RRset;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.SetResponse;
import org.xbill.DNS.Type;
import org.xbill.DNS.Zone;

/**
 * Answers one DNS query from the zones: bytes in, bytes out, no I/O. Malformed queries get FORMERR, names outside
 * every zone REFUSED, unknown names NXDOMAIN with the SOA in the authority section, opcodes other than QUERY and
 * zone transfers NOTIMP / REFUSED. A query too short to carry a header, or a response, is dropped (null). Nothing
 * thrown escapes: a failure answers SERVFAIL. Counts go to {@code imstb_dns_queries_total{transport,rcode}} and
 * {@code imstb_dns_dropped_total{reason}}.
 */
public final class DnsResponder {
    /** Largest UDP answer we send when the client allows it (EDNS0); the DNS flag day's 1232. */
    static final int MAX_EDNS_UDP = 1232;
    private static final Logger LOG = LoggerFactory.getLogger(DnsResponder.class);
    private static final int MAX_CNAME_HOPS = 8;

    private final ZoneSet zones;
    private final Metrics metrics;

    public DnsResponder(ZoneSet zones, Metrics metrics) {
        this.zones = zones;
        this.metrics = metrics;
        metrics.describe("imstb_dns_queries_total", "DNS queries answered, by transport and response code");
        metrics.describe("imstb_dns_dropped_total", "DNS datagrams dropped without an answer, by reason");
        metrics.describe("imstb_dns_answers_total", "DNS queries answered with records, by zone and query type");
    }

    /** The transport a query came over (decides the size limit). */
    public enum Transport {
        UDP, TCP
    }

    /** The wire answer to {@code query[0..length)}, or null when it is to be dropped. */
    public byte[] respond(byte[] query, int length, Transport transport) {
        if (length < Header.LENGTH) {
            metrics.increment("imstb_dns_dropped_total", "reason", "short");
            return null;
        }
        if ((query[2] & 0x80) != 0) {
            metrics.increment("imstb_dns_dropped_total", "reason", "response");
            return null;
        }
        Message request;
        try {
            request = new Message(Arrays.copyOf(query, length));
        } catch (IOException | RuntimeException e) {
            return count(transport, formErr(query), "malformed query: " + e.getMessage()).toWire();
        }
        Message response;
        try {
            response = answer(request);
        } catch (RuntimeException e) {
            LOG.warn("answering {} failed", request.getQuestion(), e);
            response = header(request, Rcode.SERVFAIL);
        }
        int max = transport == Transport.TCP ? 65535 : udpLimit(request);
        return count(transport, response, null).toWire(max);
    }

    private Message count(Transport transport, Message response, String why) {
        if (why != null) {
            LOG.debug("FORMERR: {}", why);
        }
        metrics.increment("imstb_dns_queries_total", "transport", transport.name().toLowerCase(Locale.ROOT),
                "rcode", Rcode.string(response.getRcode()));
        return response;
    }

    private static int udpLimit(Message request) {
        OPTRecord opt = request.getOPT();
        return opt == null ? 512 : Math.max(512, Math.min(opt.getPayloadSize(), MAX_EDNS_UDP));
    }

    Message answer(Message request) {
        Header h = request.getHeader();
        if (h.getOpcode() != Opcode.QUERY) {
            return header(request, Rcode.NOTIMP);
        }
        if (h.getCount(Section.QUESTION) != 1) {
            return header(request, Rcode.FORMERR);
        }
        OPTRecord opt = request.getOPT();
        if (opt != null && opt.getVersion() != 0) {
            Message r = header(request, Rcode.BADVERS & 0xF);
            r.removeAllRecords(Section.ADDITIONAL);
            r.addRecord(new OPTRecord(MAX_EDNS_UDP, Rcode.BADVERS >>> 4, 0), Section.ADDITIONAL);
            return r;
        }
        Record question = request.getQuestion();
        int type = question.getType();
        if (type == Type.AXFR || type == Type.IXFR) {
            return header(request, Rcode.REFUSED);
        }
        if (type == Type.MAILA || type == Type.MAILB || type == Type.OPT || type == Type.TSIG) {
            return header(request, Rcode.NOTIMP);
        }
        if (question.getDClass() != DClass.IN && question.getDClass() != DClass.ANY) {
            return header(request, Rcode.REFUSED);
        }
        Zone zone = zones.find(question.getName());
        if (zone == null) {
            return header(request, Rcode.REFUSED);
        }
        Message response = header(request, Rcode.NOERROR);
        response.getHeader().setFlag(Flags.AA);
        lookup(response, zone, question.getName(), type, 0);
        if (response.getHeader().getCount(Section.ANSWER) > 0) {
            metrics.increment("imstb_dns_answers_total", "zone", zone.getOrigin().toString(true), "type",
                    Type.string(type));
        }
        return response;
    }

    private void lookup(Message response, Zone zone, Name name, int type, int hops) {
        SetResponse sr = zone.findRecords(name, type);
        if (sr.isSuccessful()) {
            for (RRset set : sr.answers()) {
                addSet(response, set, Section.ANSWER);
                if (set.getType() == Type.SRV) {
                    addTargets(response, set);
                }
            }
        } else if (sr.isCNAME()) {
            CNAMERecord cname = sr.getCNAME();
            response.addRecord(cname, Section.ANSWER);
            Zone next = zones.find(cname.getTarget());
            if (next != null && hops < MAX_CNAME_HOPS) {
                lookup(response, next, cname.getTarget(), type, hops + 1);
            }
        } else if (sr.isDelegation()) {
            response.getHeader().unsetFlag(Flags.AA);
            addSet(response, sr.getNS(), Section.AUTHORITY);
        } else {
            if (sr.isNXDOMAIN() && hops == 0) {
                response.getHeader().setRcode(Rcode.NXDOMAIN);
            }
            SOARecord soa = zone.getSOA();
            response.addRecord(new SOARecord(soa.getName(), soa.getDClass(), Math.min(soa.getTTL(), soa.getMinimum()),
                    soa.getHost(), soa.getAdmin(), soa.getSerial(), soa.getRefresh(), soa.getRetry(),
                    soa.getExpire(), soa.getMinimum()), Section.AUTHORITY);
        }
    }

    /** AAAA records of SRV targets we know, in the additional section (RFC 2782). */
    private void addTargets(Message response, RRset srvSet) {
        for (Record r : srvSet.rrs()) {
            Name target = ((SRVRecord) r).getTarget();
            Zone z = zones.find(target);
            if (z == null) {
                continue;
            }
            RRset aaaa = z.findExactMatch(target, Type.AAAA);
            if (aaaa != null && !response.findRRset(target, Type.AAAA, Section.ADDITIONAL)) {
                addSet(response, aaaa, Section.ADDITIONAL);
            }
        }
    }

    private static void addSet(Message response, RRset set, int section) {
        List<Record> rrs = set.rrs();
        for (Record r : rrs) {
            response.addRecord(r, section);
        }
    }

    /** A response carrying the question and the request's OPT (EDNS0), with {@code rcode}. */
    private static Message header(Message request, int rcode) {
        Message r = new Message(request.getHeader().getID());
        Header h = r.getHeader();
        h.setFlag(Flags.QR);
        h.setOpcode(request.getHeader().getOpcode());
        if (request.getHeader().getFlag(Flags.RD)) {
            h.setFlag(Flags.RD);
        }
        h.setRcode(rcode);
        Record q = request.getQuestion();
        if (q != null && request.getHeader().getCount(Section.QUESTION) == 1) {
            r.addRecord(q, Section.QUESTION);
        }
        if (request.getOPT() != null) {
            r.addRecord(new OPTRecord(MAX_EDNS_UDP, 0, 0), Section.ADDITIONAL);
        }
        return r;
    }

    /** FORMERR for a query that does not parse: only its header's id, opcode and RD are echoed. */
    static Message formErr(byte[] query) {
        int id = ((query[0] & 0xFF) << 8) | (query[1] & 0xFF);
        Message r = new Message(id);
        Header h = r.getHeader();
        h.setFlag(Flags.QR);
        h.setOpcode((query[2] >> 3) & 0xF);
        if ((query[2] & 0x01) != 0) {
            h.setFlag(Flags.RD);
        }
        h.setRcode(Rcode.FORMERR);
        return r;
    }
}
