package org.imstb.dnsdhcp.dhcp.codec;

import java.net.Inet6Address;
import java.util.List;

/**
 * An IA Address option (RFC 8415 §21.6).
 *
 * @param address           the address
 * @param preferredLifetime seconds
 * @param validLifetime     seconds
 * @param options           sub-options (a Status Code)
 */
public record IaAddress(Inet6Address address, long preferredLifetime, long validLifetime,
        List<Dhcp6Option> options) {
    public IaAddress {
        options = List.copyOf(options);
    }

    public Dhcp6Option toOption() {
        byte[] sub = Dhcp6Codec.encodeOptions(options);
        byte[] data = new byte[24 + sub.length];
        System.arraycopy(address.getAddress(), 0, data, 0, 16);
        Options.putInt(data, 16, preferredLifetime);
        Options.putInt(data, 20, validLifetime);
        System.arraycopy(sub, 0, data, 24, sub.length);
        return new Dhcp6Option(OptionCode.IAADDR, data);
    }

    public static IaAddress parse(Dhcp6Option o) throws Dhcp6DecodeException {
        byte[] d = o.raw();
        if (o.code() != OptionCode.IAADDR || d.length < 24) {
            throw new Dhcp6DecodeException("IAADDR option needs at least 24 octets, got " + d.length);
        }
        return new IaAddress(Options.address(d, 0), Options.getInt(d, 16), Options.getInt(d, 20),
                Dhcp6Codec.decodeOptions(d, 24, d.length - 24));
    }
}
