package org.imstb.dnsdhcp.dns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.xbill.DNS.Name;
import org.xbill.DNS.RRset;
import org.xbill.DNS.Zone;

/** The zones a server is authoritative for; finds the closest one for a name. */
public final class ZoneSet {
    private final List<Zone> zones;

    public ZoneSet(List<Zone> zones) {
        List<Zone> sorted = new ArrayList<>(zones);
        sorted.sort(Comparator.comparingInt((Zone z) -> z.getOrigin().labels()).reversed());
        this.zones = List.copyOf(sorted);
    }

    /** The zone with the longest origin that {@code name} is in, or null (not ours). */
    public Zone find(Name name) {
        for (Zone z : zones) {
            if (name.subdomain(z.getOrigin())) {
                return z;
            }
        }
        return null;
    }

    /** All zones, most specific first. */
    public List<Zone> zones() {
        return zones;
    }

    /** Total number of records. */
    public int recordCount() {
        int n = 0;
        for (Zone z : zones) {
            for (RRset set : z) {
                n += set.size();
            }
        }
        return n;
    }

    /** Every zone in zone-file form (what the node writes into its run directory). */
    public String toMasterFile() {
        StringBuilder sb = new StringBuilder();
        for (Zone z : zones) {
            sb.append("; zone ").append(z.getOrigin()).append('\n').append(z.toMasterFile()).append('\n');
        }
        return sb.toString();
    }
}
