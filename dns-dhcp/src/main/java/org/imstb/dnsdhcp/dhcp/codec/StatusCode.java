package org.imstb.dnsdhcp.dhcp.codec;

/**
 * A Status Code option (RFC 8415 §21.13) and the codes (§21.13 table).
 *
 * @param code    the status
 * @param message UTF-8 text for people
 */
public record StatusCode(int code, String message) {
    public static final int SUCCESS = 0;
    public static final int UNSPEC_FAIL = 1;
    public static final int NO_ADDRS_AVAIL = 2;
    public static final int NO_BINDING = 3;
    public static final int NOT_ON_LINK = 4;
    public static final int USE_MULTICAST = 5;
}
