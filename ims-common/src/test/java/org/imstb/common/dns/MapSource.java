package org.imstb.common.dns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/** A record source over a list of records, counting queries; NXDOMAIN for names it has nothing at. */
final class MapSource implements RecordSource {
    private final Map<Name, List<Record>> byName = new HashMap<>();
    final List<String> asked = new ArrayList<>();

    MapSource add(Record... records) {
        for (Record r : records) {
            byName.computeIfAbsent(r.getName(), n -> new ArrayList<>()).add(r);
        }
        return this;
    }

    MapSource zone(String text) {
        for (String line : text.strip().split("\n")) {
            add(Records.parse(line));
        }
        return this;
    }

    @Override
    public DnsAnswer query(Name name, int type) {
        asked.add(name + " " + Type.string(type));
        List<Record> at = byName.get(name);
        if (at == null) {
            return DnsAnswer.nxDomain(30);
        }
        List<Record> of = at.stream().filter(r -> r.getType() == type).toList();
        return of.isEmpty() ? DnsAnswer.noData(30) : DnsAnswer.found(of);
    }
}
