package org.imstb.scscf.isc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.imstb.common.cx.userdata.InitialFilterCriteria;
import org.imstb.common.cx.userdata.ServiceProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks iFCs in priority order (TS 24.229 §5.4.3.2 step 4 / §5.4.3.3 step 3, TS 29.228 Annex C): an iFC is a
 * candidate when its ProfilePartIndicator fits the served user's registration state and its trigger point matches.
 * Compiled trigger points are cached by XML text in a bounded, synchronised LRU map. An iFC whose trigger point does
 * not compile (the HSS checks them at provisioning, so only a foreign or hand-made User-Data has one) never matches;
 * the error is logged once per distinct XML while it stays in the cache.
 */
public final class FilterCriteria {
    private static final Logger LOG = LoggerFactory.getLogger(FilterCriteria.class);
    private static final int CACHE_SIZE = 1024;
    /** Stands for a trigger point that did not compile. */
    private static final Object BROKEN = new Object();
    private static final Map<String, Object> CACHE = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private FilterCriteria() {
    }

    /**
     * A matching iFC.
     *
     * @param position its index in {@link ServiceProfile#ifcsByPriority()}: pass it as {@code after} to
     *                 {@link #next} to continue with the iFCs after it
     * @param ifc      the iFC
     */
    public record Match(int position, InitialFilterCriteria ifc) {
        public Match {
            Objects.requireNonNull(ifc, "ifc");
        }
    }

    /**
     * The first iFC after position {@code after} (-1 = from the start) that applies to the registration state
     * ({@link InitialFilterCriteria#appliesTo(boolean)}) and whose trigger point matches the request in session case
     * {@code c}.
     *
     * @throws IllegalArgumentException when {@code after} is below -1
     */
    public static Optional<Match> next(ServiceProfile profile, int after, SessionCase c, boolean registered,
            RequestView r) {
        if (after < -1) {
            throw new IllegalArgumentException("after must be >= -1, got " + after);
        }
        Objects.requireNonNull(c, "session case");
        Objects.requireNonNull(r, "request");
        List<InitialFilterCriteria> ifcs = profile.ifcsByPriority();
        for (int i = after + 1; i < ifcs.size(); i++) {
            if (matches(ifcs.get(i), c, registered, r)) {
                return Optional.of(new Match(i, ifcs.get(i)));
            }
        }
        return Optional.empty();
    }

    /**
     * Every matching iFC in priority order, for third-party REGISTER (TS 24.229 §5.4.1.7), where each matching iFC
     * gets its own REGISTER.
     */
    public static List<Match> all(ServiceProfile profile, SessionCase c, boolean registered, RequestView r) {
        Objects.requireNonNull(c, "session case");
        Objects.requireNonNull(r, "request");
        List<InitialFilterCriteria> ifcs = profile.ifcsByPriority();
        List<Match> found = new ArrayList<>();
        for (int i = 0; i < ifcs.size(); i++) {
            if (matches(ifcs.get(i), c, registered, r)) {
                found.add(new Match(i, ifcs.get(i)));
            }
        }
        return List.copyOf(found);
    }

    private static boolean matches(InitialFilterCriteria ifc, SessionCase c, boolean registered, RequestView r) {
        if (!ifc.appliesTo(registered)) {
            return false;
        }
        TriggerPoint tp = compiled(ifc);
        return tp != null && tp.matches(r, c);
    }

    /** The compiled trigger point of {@code ifc}, or null when it does not compile. */
    private static TriggerPoint compiled(InitialFilterCriteria ifc) {
        String xml = ifc.xml();
        Object cached;
        synchronized (CACHE) {
            cached = CACHE.get(xml);
        }
        if (cached == null) {
            try {
                cached = TriggerPoint.parse(xml);
            } catch (IllegalArgumentException e) {
                LOG.warn("iFC priority {} for {} is ignored, its trigger point does not compile: {}",
                        ifc.priority(), ifc.applicationServer(), e.getMessage());
                cached = BROKEN;
            }
            synchronized (CACHE) {
                CACHE.put(xml, cached);
            }
        }
        return cached instanceof TriggerPoint tp ? tp : null;
    }
}
