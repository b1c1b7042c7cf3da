package org.imstb.common.dns;

/** The DNS server could not be asked or answered with an error other than NXDOMAIN (timeout, SERVFAIL...). */
public final class DnsLookupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DnsLookupException(String message) {
        super(message);
    }

    public DnsLookupException(String message, Throwable cause) {
        super(message, cause);
    }
}
