package org.imstb.dnsdhcp.dhcp.codec;

/** Bytes that are not a well-formed DHCPv6 message or option. */
public final class Dhcp6DecodeException extends Exception {
    private static final long serialVersionUID = 1L;

    public Dhcp6DecodeException(String message) {
        super(message);
    }
}
