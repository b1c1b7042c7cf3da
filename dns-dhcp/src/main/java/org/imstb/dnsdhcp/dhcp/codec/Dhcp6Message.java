package org.imstb.dnsdhcp.dhcp.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A client/server DHCPv6 message (RFC 8415 §8): type, 24-bit transaction id, options in order.
 *
 * @param type          message type ({@link MessageType})
 * @param transactionId transaction id, 0..0xFFFFFF
 * @param options       the options in wire order
 */
public record Dhcp6Message(int type, int transactionId, List<Dhcp6Option> options) {
    public Dhcp6Message {
        if (type < 0 || type > 255) {
            throw new IllegalArgumentException("message type out of range: " + type);
        }
        if (transactionId < 0 || transactionId > 0xFFFFFF) {
            throw new IllegalArgumentException("transaction id out of range: " + transactionId);
        }
        options = List.copyOf(options);
    }

    /** The first option with {@code code}. */
    public Optional<Dhcp6Option> option(int code) {
        return options.stream().filter(o -> o.code() == code).findFirst();
    }

    /** Every option with {@code code}. */
    public List<Dhcp6Option> all(int code) {
        List<Dhcp6Option> out = new ArrayList<>();
        for (Dhcp6Option o : options) {
            if (o.code() == code) {
                out.add(o);
            }
        }
        return out;
    }

    public boolean has(int code) {
        return option(code).isPresent();
    }

    @Override
    public String toString() {
        return MessageType.name(type) + " xid=" + String.format("%06x", transactionId) + " " + options;
    }
}
