package org.imstb.dnsdhcp.dhcp.codec;

import java.util.ArrayList;
import java.util.List;

/**
 * An Identity Association for Non-temporary Addresses option (RFC 8415 §21.4).
 *
 * @param iaid    the IA's id, chosen by the client
 * @param t1      seconds until the client renews (0: the client chooses)
 * @param t2      seconds until it rebinds
 * @param options sub-options: IA Address and Status Code options
 */
public record IaNa(long iaid, long t1, long t2, List<Dhcp6Option> options) {
    public IaNa {
        options = List.copyOf(options);
    }

    public Dhcp6Option toOption() {
        byte[] sub = Dhcp6Codec.encodeOptions(options);
        byte[] data = new byte[12 + sub.length];
        Options.putInt(data, 0, iaid);
        Options.putInt(data, 4, t1);
        Options.putInt(data, 8, t2);
        System.arraycopy(sub, 0, data, 12, sub.length);
        return new Dhcp6Option(OptionCode.IA_NA, data);
    }

    public static IaNa parse(Dhcp6Option o) throws Dhcp6DecodeException {
        byte[] d = o.raw();
        if (o.code() != OptionCode.IA_NA || d.length < 12) {
            throw new Dhcp6DecodeException("IA_NA option needs at least 12 octets, got " + d.length);
        }
        return new IaNa(Options.getInt(d, 0), Options.getInt(d, 4), Options.getInt(d, 8),
                Dhcp6Codec.decodeOptions(d, 12, d.length - 12));
    }

    /** The IA Address sub-options. */
    public List<IaAddress> addresses() throws Dhcp6DecodeException {
        List<IaAddress> out = new ArrayList<>();
        for (Dhcp6Option o : options) {
            if (o.code() == OptionCode.IAADDR) {
                out.add(IaAddress.parse(o));
            }
        }
        return out;
    }

    /** The Status Code sub-option, if any. */
    public StatusCode status() throws Dhcp6DecodeException {
        for (Dhcp6Option o : options) {
            if (o.code() == OptionCode.STATUS_CODE) {
                return Options.statusCode(o);
            }
        }
        return null;
    }
}
