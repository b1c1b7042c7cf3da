package org.imstb.common.dns;

import org.xbill.DNS.Name;

/**
 * Answers (name, type) queries: a DNS server ({@link ResolverSource}), a cache in front of one
 * ({@link CachingSource}), or a map in tests.
 */
@FunctionalInterface
public interface RecordSource {
    /**
     * Looks up the records of {@code type} (an {@link org.xbill.DNS.Type} constant) at {@code name}.
     *
     * @throws DnsLookupException when no answer could be had (timeout, SERVFAIL, REFUSED)
     */
    DnsAnswer query(Name name, int type);
}
