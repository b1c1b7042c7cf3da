package org.imstb.ue.as.b2bua;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The B2BUA's calls, found by the Call-ID of either leg. */
final class B2buaCalls {
    private final Map<String, B2buaCall> byCallId = new ConcurrentHashMap<>();

    void add(B2buaCall call) {
        byCallId.put(call.a().callId(), call);
        byCallId.put(call.b().callId(), call);
    }

    /** The call with a leg of Call-ID {@code callId}, or null. */
    B2buaCall get(String callId) {
        return byCallId.get(callId);
    }

    /** Forgets the call; true if it was still here. */
    boolean remove(B2buaCall call) {
        boolean was = byCallId.remove(call.a().callId(), call);
        byCallId.remove(call.b().callId(), call);
        return was;
    }

    Collection<B2buaCall> all() {
        return new LinkedHashSet<>(byCallId.values());
    }

    int size() {
        return all().size();
    }
}
