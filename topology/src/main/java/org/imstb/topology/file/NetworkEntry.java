package org.imstb.topology.file;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.imstb.common.config.FieldErrors;
import org.imstb.common.config.Validatable;

/**
 * One network (the reference emulator's VLAN): an IPv6 /64, normally a ULA ({@code fd00:0:0:1::/64}). Nodes get
 * their addresses in it; the netns runtime makes it a bridge.
 */
public record NetworkEntry(String prefix) implements Validatable {
    @Override
    public void validate(FieldErrors at) {
        at.requireText(prefix, "prefix");
        at.require(prefix.endsWith("/64"), "prefix", "must be an IPv6 /64 such as fd00:0:0:1::/64, got " + prefix);
        String base = prefix.substring(0, prefix.length() - 3);
        at.require(isIpv6(base), "prefix", "must be an IPv6 /64 such as fd00:0:0:1::/64, got " + prefix);
    }

    /** The prefix without its length, e.g. {@code fd00:0:0:1::}. */
    public String base() {
        return prefix.substring(0, prefix.length() - 3);
    }

    static boolean isIpv6(String text) {
        if (text == null || !text.contains(":") || !text.matches("[0-9A-Fa-f:.]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(text) instanceof Inet6Address;
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
