package org.imstb.common.dns;

import java.util.Locale;

/** The SIP transports RFC 3263 can select, with their NAPTR service, SRV prefix and default port. */
public enum SipTransport {
    UDP("SIP+D2U", "_sip._udp", 5060),
    TCP("SIP+D2T", "_sip._tcp", 5060),
    TLS("SIPS+D2T", "_sips._tcp", 5061);

    private final String naptrService;
    private final String srvPrefix;
    private final int defaultPort;

    SipTransport(String naptrService, String srvPrefix, int defaultPort) {
        this.naptrService = naptrService;
        this.srvPrefix = srvPrefix;
        this.defaultPort = defaultPort;
    }

    /** The NAPTR service field, e.g. {@code SIP+D2U}. */
    public String naptrService() {
        return naptrService;
    }

    /** The SRV owner prefix, e.g. {@code _sip._udp}. */
    public String srvPrefix() {
        return srvPrefix;
    }

    /** 5060, or 5061 for TLS. */
    public int defaultPort() {
        return defaultPort;
    }

    /** The transport whose NAPTR service is {@code service} (case-insensitive), or null. */
    public static SipTransport ofNaptrService(String service) {
        for (SipTransport t : values()) {
            if (t.naptrService.equalsIgnoreCase(service)) {
                return t;
            }
        }
        return null;
    }

    /**
     * The transport named by a SIP URI {@code transport} parameter ({@code udp}, {@code tcp}, {@code tls});
     * {@code tcp} on a sips URI means TLS.
     */
    public static SipTransport ofUriParameter(String transport, boolean secure) {
        switch (transport.toLowerCase(Locale.ROOT)) {
            case "udp":
                return UDP;
            case "tcp":
                return secure ? TLS : TCP;
            case "tls":
                return TLS;
            default:
                throw new IllegalArgumentException("unsupported SIP transport '" + transport + "'");
        }
    }
}
