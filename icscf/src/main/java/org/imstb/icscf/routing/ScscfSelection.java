package org.imstb.icscf.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.imstb.common.cx.ServerCapabilities;
import org.imstb.icscf.IcscfConfig.ScscfEntry;

/**
 * S-CSCF selection by capabilities (TS 29.228 §6.7, Annex A): a Server-Name the HSS listed wins if we know it and it
 * has every mandatory capability; otherwise, among the configured S-CSCFs with every mandatory capability, the one
 * with the most optional capabilities (first in configuration order on a tie). No I/O.
 */
public final class ScscfSelection {
    private final List<ScscfEntry> known;

    public ScscfSelection(List<ScscfEntry> known) {
        this.known = List.copyOf(known);
    }

    public Optional<String> select(ServerCapabilities caps) {
        if (caps == null) {
            return known.stream().findFirst().map(ScscfEntry::name);
        }
        for (String name : caps.serverNames()) {
            Optional<ScscfEntry> e = known.stream().filter(k -> k.name().equalsIgnoreCase(name)).findFirst();
            if (e.isPresent() && e.get().capabilities().containsAll(caps.mandatory())) {
                return Optional.of(e.get().name());
            }
            if (known.isEmpty()) {
                return Optional.of(name);
            }
        }
        return known.stream().filter(k -> k.capabilities().containsAll(caps.mandatory()))
                .max(Comparator.comparingLong(k -> k.capabilities().stream().filter(caps.optional()::contains)
                        .count()))
                .map(ScscfEntry::name);
    }
}
