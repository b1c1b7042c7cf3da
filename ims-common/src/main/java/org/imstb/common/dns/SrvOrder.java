package org.imstb.common.dns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.xbill.DNS.Name;
import org.xbill.DNS.SRVRecord;

/** The order in which to try SRV targets (RFC 2782, "Usage rules"). Pure: randomness comes from the caller. */
public final class SrvOrder {
    private SrvOrder() {
    }

    /**
     * Orders {@code records}: lowest priority first; within one priority, a weighted random order in which a
     * record's chance to come next is proportional to its weight (weight-0 records come first in the running sum,
     * so they are picked only when the random number is 0). A single record whose target is {@code .} means "no
     * such service here" and yields an empty list.
     */
    public static List<SRVRecord> order(List<SRVRecord> records, Random random) {
        if (records.size() == 1 && records.get(0).getTarget().equals(Name.root)) {
            return List.of();
        }
        TreeMap<Integer, List<SRVRecord>> byPriority = new TreeMap<>();
        for (SRVRecord r : records) {
            if (!r.getTarget().equals(Name.root)) {
                byPriority.computeIfAbsent(r.getPriority(), p -> new ArrayList<>()).add(r);
            }
        }
        List<SRVRecord> out = new ArrayList<>(records.size());
        for (List<SRVRecord> group : byPriority.values()) {
            out.addAll(weighted(group, random));
        }
        return out;
    }

    private static List<SRVRecord> weighted(List<SRVRecord> group, Random random) {
        List<SRVRecord> left = new ArrayList<>(group);
        // zero weights first, then a stable order so the result depends only on the random numbers
        left.sort(Comparator.comparingInt(SRVRecord::getWeight).thenComparing(r -> r.getTarget().toString())
                .thenComparingInt(SRVRecord::getPort));
        List<SRVRecord> out = new ArrayList<>(group.size());
        while (!left.isEmpty()) {
            int total = 0;
            for (SRVRecord r : left) {
                total += r.getWeight();
            }
            int pick = total == 0 ? 0 : random.nextInt(total + 1);
            int running = 0;
            int chosen = left.size() - 1;
            for (int i = 0; i < left.size(); i++) {
                running += left.get(i).getWeight();
                if (running >= pick) {
                    chosen = i;
                    break;
                }
            }
            out.add(left.remove(chosen));
        }
        return out;
    }
}
