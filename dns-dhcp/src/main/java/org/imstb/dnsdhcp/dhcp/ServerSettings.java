package org.imstb.dnsdhcp.dhcp;

import java.net.Inet6Address;
import java.util.Arrays;
import java.util.List;
import org.imstb.dnsdhcp.dhcp.codec.Duid;
import org.imstb.dnsdhcp.dhcp.codec.Options;

/**
 * What the server says about itself and its link.
 *
 * @param duid               server DUID (Server Identifier)
 * @param preference         Preference option in Advertise
 * @param rapidCommit        whether Solicit with Rapid Commit gets a Reply at once
 * @param sipServerNames     option 21
 * @param sipServerAddresses option 22
 * @param dnsServers         option 23
 * @param searchList         option 24
 * @param preferredLifetime  IAADDR preferred lifetime, seconds
 * @param validLifetime      IAADDR valid lifetime, seconds
 */
public record ServerSettings(byte[] duid, int preference, boolean rapidCommit, List<String> sipServerNames,
        List<Inet6Address> sipServerAddresses, List<Inet6Address> dnsServers, List<String> searchList,
        long preferredLifetime, long validLifetime) {
    public ServerSettings {
        duid = duid.clone();
        sipServerNames = List.copyOf(sipServerNames);
        sipServerAddresses = List.copyOf(sipServerAddresses);
        dnsServers = List.copyOf(dnsServers);
        searchList = List.copyOf(searchList);
    }

    @Override
    public byte[] duid() {
        return duid.clone();
    }

    /** The settings of a node configuration; the DUID defaults to one derived from {@code nodeName}. */
    public static ServerSettings of(DhcpConfig c, String nodeName) {
        byte[] duid = c.duid() != null ? Duid.parseHex(c.duid()) : Duid.fromSeed(nodeName);
        long preferred = c.pool() == null ? 3600 : c.pool().preferredLifetime();
        long valid = c.pool() == null ? 7200 : c.pool().validLifetime();
        return new ServerSettings(duid, c.preference(), c.rapidCommit(), c.sipServers().names(),
                c.sipServers().addresses().stream().map(Options::ipv6).toList(),
                c.dns().servers().stream().map(Options::ipv6).toList(), c.dns().searchList(), preferred, valid);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServerSettings s && Arrays.equals(s.duid, duid) && s.preference == preference
                && s.rapidCommit == rapidCommit && s.sipServerNames.equals(sipServerNames)
                && s.sipServerAddresses.equals(sipServerAddresses) && s.dnsServers.equals(dnsServers)
                && s.searchList.equals(searchList) && s.preferredLifetime == preferredLifetime
                && s.validLifetime == validLifetime;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(duid) * 31 + sipServerNames.hashCode();
    }

    @Override
    public String toString() {
        return "ServerSettings[duid=" + Duid.hex(duid) + ", sip=" + sipServerNames + " " + sipServerAddresses
                + ", dns=" + dnsServers + " " + searchList + "]";
    }
}
