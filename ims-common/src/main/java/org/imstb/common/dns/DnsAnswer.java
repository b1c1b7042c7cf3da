package org.imstb.common.dns;

import java.util.List;
import org.xbill.DNS.Record;

/**
 * The outcome of one (name, type) query.
 *
 * @param status     whether records were found, the name exists without them, or the name does not exist
 * @param records    the records of the asked type (empty unless FOUND)
 * @param ttlSeconds how long this answer may be cached: the smallest record TTL, or for negative answers the
 *                   SOA-derived negative TTL (RFC 2308)
 */
public record DnsAnswer(Status status, List<Record> records, long ttlSeconds) {
    public DnsAnswer {
        records = List.copyOf(records);
    }

    /** The kinds of answer. */
    public enum Status {
        FOUND, NO_DATA, NX_DOMAIN
    }

    public static DnsAnswer found(List<? extends Record> records) {
        long ttl = records.stream().mapToLong(Record::getTTL).min().orElse(0);
        return new DnsAnswer(Status.FOUND, List.copyOf(records), ttl);
    }

    public static DnsAnswer noData(long ttlSeconds) {
        return new DnsAnswer(Status.NO_DATA, List.of(), ttlSeconds);
    }

    public static DnsAnswer nxDomain(long ttlSeconds) {
        return new DnsAnswer(Status.NX_DOMAIN, List.of(), ttlSeconds);
    }

    /** True when records were found. */
    public boolean found() {
        return status == Status.FOUND && !records.isEmpty();
    }
}
