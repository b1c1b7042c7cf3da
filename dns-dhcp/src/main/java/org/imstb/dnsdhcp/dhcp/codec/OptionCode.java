package org.imstb.dnsdhcp.dhcp.codec;

/** The DHCPv6 option codes the testbed reads or writes. */
public final class OptionCode {
    /** RFC 8415 §21.2. */
    public static final int CLIENTID = 1;
    /** RFC 8415 §21.3. */
    public static final int SERVERID = 2;
    /** RFC 8415 §21.4. */
    public static final int IA_NA = 3;
    /** RFC 8415 §21.5. */
    public static final int IA_TA = 4;
    /** RFC 8415 §21.6. */
    public static final int IAADDR = 5;
    /** RFC 8415 §21.7. */
    public static final int ORO = 6;
    /** RFC 8415 §21.8. */
    public static final int PREFERENCE = 7;
    /** RFC 8415 §21.9. */
    public static final int ELAPSED_TIME = 8;
    /** RFC 8415 §21.13. */
    public static final int STATUS_CODE = 13;
    /** RFC 8415 §21.14. */
    public static final int RAPID_COMMIT = 14;
    /** RFC 3319 §3.1: SIP server domain name list. */
    public static final int SIP_SERVER_D = 21;
    /** RFC 3319 §3.2: SIP server IPv6 address list. */
    public static final int SIP_SERVER_A = 22;
    /** RFC 3646 §3: DNS recursive name servers. */
    public static final int DNS_SERVERS = 23;
    /** RFC 3646 §4: domain search list. */
    public static final int DOMAIN_LIST = 24;
    /** RFC 8415 §21.21. */
    public static final int IA_PD = 25;

    private OptionCode() {
    }
}
